package siteops.app.storage;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import siteops.command.web.CommitDurability;

import javax.sql.DataSource;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the relational store takes writes now. A request that meets a storage failure
 * ({@link StorageFailures}) reports it, and from then on writes are answered 503 at once instead
 * of failing one by one; a probe writes to the store (and waits for the write to be durable) every
 * second until it succeeds, and the store is available again: no restart is needed once the disk
 * has space (the event processors stay stopped until then, {@link StoreRecovery}). While available, the probe runs every few seconds, so that a store that failed with
 * no request to notice is known too. Reads of the read models do not need the store.
 */
@Component("eventStoreHealthIndicator")
public class EventStoreAvailability implements HealthIndicator {

    public static final int RETRY_AFTER_SECONDS = 5;
    private static final int PROBES_SKIPPED_WHILE_AVAILABLE = 4;
    private static final Logger log = LoggerFactory.getLogger(EventStoreAvailability.class);

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final CommitDurability durability;
    private final StoreRecovery recovery;
    private final AtomicReference<Outage> outage = new AtomicReference<>();
    private int probesSkipped;

    private record Outage(Instant since, String reason) {
    }

    public EventStoreAvailability(JdbcTemplate jdbc, DataSource dataSource, CommitDurability durability,
                                  StoreRecovery recovery) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.durability = durability;
        this.recovery = recovery;
    }

    public boolean isAvailable() {
        return outage.get() == null;
    }

    /** Answers whether {@code failure} was one of the store's; if so, the store counts as unavailable. */
    public boolean report(Throwable failure) {
        if (!StorageFailures.isStorageFailure(failure)) {
            return false;
        }
        String reason = rootMessage(failure);
        if (outage.compareAndSet(null, new Outage(Instant.now(), reason))) {
            log.error("The event store cannot be written ({}); writes are refused until it can", reason);
        }
        discardPooledConnections();
        return true;
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    void probe() {
        if (isAvailable() && probesSkipped++ < PROBES_SKIPPED_WHILE_AVAILABLE) {
            return;
        }
        probesSkipped = 0;
        Outage ongoing = outage.get();
        if (ongoing != null) {
            recovery.beforeReopening();
        }
        try {
            CommitDurability.Commits probed = durability.begin();
            jdbc.update("UPDATE storage_probe SET probed_at = CURRENT_TIMESTAMP WHERE id = 1");
            probed.awaitDurable();
            if (ongoing != null) {
                recovery.afterReopening();
                outage.set(null);
                log.info("The event store takes writes again (unavailable since {})", ongoing.since());
            }
        } catch (RuntimeException failure) {
            if (!report(failure)) {
                log.warn("The event store probe failed", failure);
            }
        }
    }

    @Override
    public Health health() {
        Outage current = outage.get();
        return current == null ? Health.up().build()
                : Health.down().withDetail("reason", current.reason()).withDetail("since", current.since().toString())
                .build();
    }

    /** Connections to a database that closed itself stay unusable; new ones open it again once it can be. */
    private void discardPooledConnections() {
        if (dataSource instanceof HikariDataSource pool && pool.getHikariPoolMXBean() != null) {
            pool.getHikariPoolMXBean().softEvictConnections();
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
