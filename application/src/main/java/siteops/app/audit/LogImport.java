package siteops.app.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.DependsOn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --siteops.import-log=<file>}: an export of the audit log ({@code GET /api/audit/events/export})
 * written into an empty event store before anything else starts, each event as it was stored (its
 * position, id, aggregate, sequence, type, revision, instant, payload and metadata bytes); the
 * service then starts as usual, and its read models and the hash chain are built from them. A
 * store that already has events is left untouched, and the start fails.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
@ConditionalOnProcessRole(ProcessRole.COMMAND)
@ConditionalOnProperty(name = "siteops.import-log")
@DependsOn("flywayInitializer")
class LogImport implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(LogImport.class);
    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;
    private final Path file;

    LogImport(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ObjectMapper json,
              @Value("${siteops.import-log}") Path file) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.json = json;
        this.file = file;
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        Long stored = jdbc.queryForObject("SELECT COUNT(*) FROM DomainEventEntry", Long.class);
        if (stored != null && stored > 0) {
            throw new IllegalStateException("siteops.import-log: the event store already holds " + stored
                    + " events; a log is imported into an empty store only");
        }
        long imported = transactions.execute(status -> importEvents());
        log.info("Imported {} events from {}", imported, file);
    }

    private long importEvents() {
        long imported = 0;
        long last = 0;
        List<Object[]> batch = new ArrayList<>(BATCH);
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                StoredEvent event = read(line, lineNumber);
                if (event.position() <= last) {
                    throw new IllegalArgumentException(file + ", line " + lineNumber
                            + ": positions must increase, as the export writes them");
                }
                last = event.position();
                batch.add(new Object[] {event.position(), event.aggregateId(), event.sequence(), event.aggregateType(),
                        event.eventId(), event.metadata(), event.payload(), event.revision(), event.storedType(),
                        event.occurredAt()});
                if (batch.size() == BATCH) {
                    imported += insert(batch);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("siteops.import-log: cannot read " + file, e);
        }
        imported += insert(batch);
        if (last > 0) {
            continueNumberingAfter(last);
        }
        return imported;
    }

    private StoredEvent read(String line, int lineNumber) {
        try {
            return ExportedEvent.read(json.getFactory(), line.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(file + ", line " + lineNumber + ": not an exported event ("
                    + e.getMessage() + ")", e);
        }
    }

    private int insert(List<Object[]> batch) {
        int size = batch.size();
        if (size > 0) {
            jdbc.batchUpdate("INSERT INTO DomainEventEntry (globalIndex, aggregateIdentifier, sequenceNumber, type,"
                    + " eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch);
            batch.clear();
        }
        return size;
    }

    /** The events stored after the import are numbered after the imported ones. */
    private void continueNumberingAfter(long last) {
        String engine = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData()
                .getDatabaseProductName());
        if ("PostgreSQL".equals(engine)) {
            jdbc.queryForObject("SELECT setval(pg_get_serial_sequence('domainevententry', 'globalindex'), ?)",
                    Long.class, last);
        } else {
            jdbc.execute("ALTER TABLE DomainEventEntry ALTER COLUMN globalIndex RESTART WITH " + (last + 1));
        }
    }
}
