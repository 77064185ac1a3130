package siteops.command.store;

/**
 * Which incarnation of the relational store the calling thread reads and writes through; inside
 * a unit of work, that of its transaction. An embedded database that closed itself (a full disk)
 * and was opened again is a new incarnation: it lacks the writes the old one had taken but not
 * yet put in its file, so what was remembered of the old one may not hold in the new
 * ({@link PerIncarnation}).
 */
public interface StoreIncarnation {

    /** A store that is never opened again with less than it had: a database server. */
    StoreIncarnation ONLY = () -> 0;

    /** The incarnation of a connection to a database since closed: nothing read through it is kept. */
    long SUPERSEDED = -1;

    /** Grows with each new incarnation; {@link #SUPERSEDED} for one that has ended. */
    long current();
}
