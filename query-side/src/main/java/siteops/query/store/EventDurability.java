package siteops.query.store;

/**
 * Whether the events a read model has just applied are ones the event store still holds after a
 * crash. A read model that outlives the process keeps its token beside it: had it applied an
 * event the store then lost, it would keep that event's effects, and skip whichever event the
 * store later writes at the same position.
 */
@FunctionalInterface
public interface EventDurability {

    /** For stores that make every commit durable before it is read, or read models rebuilt at every start. */
    EventDurability ALREADY_DURABLE = () -> { };

    /** Returns once every event committed so far is on disk. */
    void awaitDurable();
}
