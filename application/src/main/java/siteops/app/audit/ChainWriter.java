package siteops.app.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;
import siteops.command.web.CommitDurability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Extends the hash chain right after events are stored: every quarter of a second, the events
 * stored since the chain's head get their links ({@link ChainLink}), in global order, within one
 * transaction that holds the head's row, so that one process at a time writes the chain whatever
 * the number of processes. Only events on disk are linked (on H2, after a checkpoint).
 * <p>
 * A position missing below a stored event is a transaction that has taken its number and not
 * committed yet, or one that rolled back and never will: the chain waits there until the gap has
 * been seen open for {@code siteops.audit.gap-wait} (10 s by default), then passes over it. An event
 * committed at a position the chain passed over has no link, and a verification reports it. The
 * window the chain leaves: events stored since its head, normally under a second, at most the gap
 * wait after a refused write left a gap.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
@ConditionalOnProcessRole(ProcessRole.COMMAND)
class ChainWriter {

    static final int BATCH = 1_000;
    private static final Logger log = LoggerFactory.getLogger(ChainWriter.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CommitDurability durability;
    private final Duration gapWait;
    private final Clock clock;
    /** When each gap the chain waits at was first seen open, by its first missing position. */
    private final ConcurrentMap<Long, Instant> gapsSeen = new ConcurrentHashMap<>();
    private boolean failing;

    ChainWriter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, CommitDurability durability,
                @Value("${siteops.audit.gap-wait:10s}") Duration gapWait) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.durability = durability;
        this.gapWait = gapWait;
        this.clock = Clock.systemUTC();
    }

    @Scheduled(fixedDelay = 250, initialDelay = 1_000)
    void extendTheChain() {
        try {
            while (extend() == BATCH) {
                Thread.onSpinWait();
            }
            if (failing) {
                log.info("The audit chain is extended again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                log.warn("The audit chain could not be extended; it will be at the next attempt", e);
                failing = true;
            }
        }
    }

    /** Links the next events after the head; how many. */
    int extend() {
        Integer linked = transactions.execute(status -> {
            Head head = jdbc.queryForObject(
                    "SELECT position, eventCount, hash FROM AuditChainHead WHERE id = 1 FOR UPDATE",
                    (row, rowNumber) -> new Head(row.getLong(1), row.getLong(2), row.getString(3)));
            List<StoredEvent> stored = jdbc.query("SELECT " + StoredEvent.COLUMNS
                            + StoredEvent.FROM
                            + " WHERE e.globalIndex > ? ORDER BY e.globalIndex LIMIT " + BATCH,
                    (row, rowNumber) -> StoredEvent.read(row), head.position());
            if (stored.isEmpty()) {
                return 0;
            }
            durability.begin().awaitDurable();
            return link(head, stored);
        });
        return linked == null ? 0 : linked;
    }

    private int link(Head head, List<StoredEvent> stored) {
        Instant now = clock.instant();
        long expected = head.position() + 1;
        String previous = head.hash();
        List<Object[]> links = new ArrayList<>();
        for (StoredEvent event : stored) {
            if (event.position() > expected && !gapClosedFor(expected, now)) {
                break;
            }
            previous = ChainLink.of(previous, event);
            links.add(new Object[] {event.position(), event.eventId(), previous});
            expected = event.position() + 1;
        }
        if (links.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate("INSERT INTO AuditChainLink (position, eventIdentifier, hash) VALUES (?, ?, ?)", links);
        long position = (long) links.get(links.size() - 1)[0];
        jdbc.update("UPDATE AuditChainHead SET position = ?, eventCount = ?, hash = ?, linkedAt = ? WHERE id = 1",
                position, head.eventCount() + links.size(), previous, now.toString());
        gapsSeen.keySet().removeIf(gap -> gap <= position);
        return links.size();
    }

    /** Whether the gap starting at {@code firstMissing} has been open long enough to be passed over. */
    private boolean gapClosedFor(long firstMissing, Instant now) {
        Instant firstSeen = gapsSeen.computeIfAbsent(firstMissing, gap -> now);
        return !now.isBefore(firstSeen.plus(gapWait));
    }

    private record Head(long position, long eventCount, String hash) {
    }
}
