package siteops.app.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * Recomputes the hash chain from the stored events, in global order, and compares each link with
 * the stored one, then the last with the chain's head or with a digest an auditor saved. Reports
 * the first position where they part:
 * <ul>
 * <li>{@code EVENT_CHANGED}: the event's stored bytes or identity no longer give its link;</li>
 * <li>{@code EVENT_MISSING}: the chain links an event the store no longer has;</li>
 * <li>{@code EVENT_OUT_OF_PLACE}: the event at a position is not the one the chain linked there;</li>
 * <li>{@code EVENT_NOT_LINKED}: an event below the chain's head that the chain never linked;</li>
 * <li>{@code HEAD_MISMATCH}: the chain's head is not its last link;</li>
 * <li>{@code DIGEST_MISMATCH}, {@code DIGEST_NOT_IN_CHAIN}: the saved digest is not what the events give.</li>
 * </ul>
 * The store and the chain are read in batches: a verification of any length holds two.
 */
@Component
@ConditionalOnProcessRole(ProcessRole.QUERY)
class ChainVerification {

    private final JdbcTemplate jdbc;

    ChainVerification(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Outcome verify(Digest saved) {
        Digest head = jdbc.queryForObject("SELECT position, hash, eventCount FROM AuditChainHead WHERE id = 1",
                (row, rowNumber) -> new Digest(row.getLong(1), row.getString(2), row.getLong(3)));
        long upTo = saved == null ? head.position() : Math.min(saved.position(), head.position());
        Batches<StoredEvent> events = new Batches<>(after -> jdbc.query("SELECT " + StoredEvent.COLUMNS
                        + StoredEvent.FROM
                        + " WHERE e.globalIndex > ? AND e.globalIndex <= ? ORDER BY e.globalIndex LIMIT "
                        + AuditLog.BATCH, (row, rowNumber) -> StoredEvent.read(row), after, upTo),
                StoredEvent::position);
        Batches<Link> links = new Batches<>(after -> jdbc.query("SELECT position, eventIdentifier, hash"
                        + " FROM AuditChainLink WHERE position > ? AND position <= ? ORDER BY position LIMIT "
                        + AuditLog.BATCH, (row, rowNumber) -> new Link(row.getLong(1), row.getString(2),
                        row.getString(3)), after, upTo),
                Link::position);
        String computed = ChainLink.GENESIS;
        long checked = 0;
        while (events.hasNext() || links.hasNext()) {
            long position = Math.min(events.hasNext() ? events.peekPosition() : Long.MAX_VALUE,
                    links.hasNext() ? links.peekPosition() : Long.MAX_VALUE);
            StoredEvent event = events.hasNext() && events.peekPosition() == position ? events.next() : null;
            Link link = links.hasNext() && links.peekPosition() == position ? links.next() : null;
            if (event == null) {
                return Outcome.mismatch(checked, position, link.eventId(), "EVENT_MISSING",
                        "the chain links an event that is no longer stored");
            }
            if (link == null) {
                return Outcome.mismatch(checked, position, event.eventId(), "EVENT_NOT_LINKED",
                        "an event is stored at a position the chain passed over");
            }
            if (!link.eventId().equals(event.eventId())) {
                return Outcome.mismatch(checked, position, event.eventId(), "EVENT_OUT_OF_PLACE",
                        "the chain linked event " + link.eventId() + " at this position");
            }
            computed = ChainLink.of(computed, event);
            checked++;
            if (!computed.equals(link.hash())) {
                return Outcome.mismatch(checked - 1, position, event.eventId(), "EVENT_CHANGED",
                        "the event's stored bytes or identity, or its stored link, no longer agree with the chain");
            }
        }
        if (saved == null) {
            return checkedHead(head, computed, checked);
        }
        if (saved.position() > head.position() || events.lastPosition() != saved.position()) {
            return Outcome.mismatch(checked, saved.position(), null, "DIGEST_NOT_IN_CHAIN",
                    "the chain has no link at the digest's position");
        }
        if (!computed.equals(saved.hash())) {
            return Outcome.mismatch(checked, saved.position(), null, "DIGEST_MISMATCH",
                    "the events up to the digest's position do not give the digest's hash");
        }
        if (saved.eventCount() != null && saved.eventCount() != checked) {
            return Outcome.mismatch(checked, saved.position(), null, "DIGEST_MISMATCH",
                    "the digest counted " + saved.eventCount() + " events up to its position, the chain links "
                            + checked);
        }
        return Outcome.verified(checked, saved.position());
    }

    /**
     * The head names the last link, counts the links, and no link lies beyond it: a head moved
     * back would hide the events after it from every reader.
     */
    private Outcome checkedHead(Digest head, String lastLink, long links) {
        Long beyond = jdbc.queryForObject("SELECT MIN(position) FROM AuditChainLink WHERE position > ?", Long.class,
                head.position());
        if (beyond != null) {
            return Outcome.mismatch(links, beyond, null, "HEAD_MISMATCH", "the chain has links beyond its head");
        }
        if (head.position() == 0 && links == 0) {
            return Outcome.verified(0, 0);
        }
        if (!lastLink.equals(head.hash()) || head.eventCount() != links) {
            return Outcome.mismatch(links, head.position(), null, "HEAD_MISMATCH",
                    "the chain's head is not its last link, or does not count its links");
        }
        return Outcome.verified(links, head.position());
    }

    /** A chain's head or a saved one; {@code eventCount} null when the digest gives none. */
    record Digest(long position, String hash, Long eventCount) {
    }

    record Mismatch(long position, String eventId, String reason, String detail) {
    }

    record Outcome(boolean verified, long checkedEvents, long position, Mismatch firstMismatch) {

        static Outcome verified(long checked, long position) {
            return new Outcome(true, checked, position, null);
        }

        static Outcome mismatch(long checked, long position, String eventId, String reason, String detail) {
            return new Outcome(false, checked, position, new Mismatch(position, eventId, reason, detail));
        }
    }

    private record Link(long position, String eventId, String hash) {
    }

    /** Rows read by position, one batch at a time. */
    private static final class Batches<T> implements Iterator<T> {

        private final LongFunction<List<T>> after;
        private final ToLongFunction<T> positionOf;
        private Iterator<T> batch;
        private T peeked;
        private long lastPosition;
        private boolean exhausted;

        Batches(LongFunction<List<T>> after, ToLongFunction<T> positionOf) {
            this.after = after;
            this.positionOf = positionOf;
        }

        @Override
        public boolean hasNext() {
            if (peeked != null) {
                return true;
            }
            if (batch == null || !batch.hasNext()) {
                if (exhausted) {
                    return false;
                }
                List<T> rows = after.apply(lastPosition);
                exhausted = rows.size() < AuditLog.BATCH;
                batch = rows.iterator();
                if (!batch.hasNext()) {
                    return false;
                }
            }
            peeked = batch.next();
            return true;
        }

        long peekPosition() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return positionOf.applyAsLong(peeked);
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            T next = peeked;
            peeked = null;
            lastPosition = positionOf.applyAsLong(next);
            return next;
        }

        /** The position of the last row given. */
        long lastPosition() {
            return lastPosition;
        }
    }
}
