package siteops.app.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import siteops.api.naming.StoredEventNames;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The event store read as it is stored, in global order, up to the head of the hash chain: the
 * chain is extended in global order and never passes over a position a transaction may still
 * commit ({@link ChainWriter}), so a reader that resumes after the last position it read never
 * misses an event, however the global index's gaps fill. Each read goes to the relational store
 * itself, keyset by position, in batches: a page or an export of any length holds one batch.
 */
@Component
@ConditionalOnProcessRole(ProcessRole.QUERY)
class AuditLog {

    static final int BATCH = 500;
    /** A page with filters the store does not answer (actor, correlation) stops after reading this many events. */
    static final int MOST_EVENTS_READ_FOR_A_PAGE = 20_000;
    private static final TypeReference<Map<String, Object>> METADATA = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    AuditLog(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Up to {@code limit} matching events after {@code after}; where the next page begins. */
    Page page(long after, AuditFilter filter, int limit) {
        long head = chainHead();
        List<StoredEvent> items = new ArrayList<>();
        long position = after;
        int read = 0;
        while (items.size() < limit && position < head && read < MOST_EVENTS_READ_FOR_A_PAGE) {
            List<StoredEvent> batch = batch(position, head, filter);
            for (StoredEvent event : batch) {
                position = event.position();
                read++;
                if (matches(filter, event)) {
                    items.add(event);
                    if (items.size() == limit) {
                        break;
                    }
                }
            }
            if (batch.size() < BATCH && items.size() < limit) {
                position = head;
            }
        }
        return new Page(items, position, position < head);
    }

    /** Every matching event after {@code after}, to the chain's head as it is now, one at a time. */
    void forEach(long after, AuditFilter filter, Consumer<StoredEvent> each) {
        long head = chainHead();
        long position = after;
        while (position < head) {
            List<StoredEvent> batch = batch(position, head, filter);
            for (StoredEvent event : batch) {
                position = event.position();
                if (matches(filter, event)) {
                    each.accept(event);
                }
            }
            if (batch.size() < BATCH) {
                return;
            }
        }
    }

    Map<String, Object> metadata(StoredEvent event) {
        if (event.metadata() == null) {
            return Map.of();
        }
        try {
            return json.readValue(event.metadata(), METADATA);
        } catch (IOException unreadable) {
            return Map.of();
        }
    }

    ChainDigest digest() {
        return jdbc.queryForObject("SELECT position, eventCount, hash, linkedAt FROM AuditChainHead WHERE id = 1",
                (row, rowNumber) -> new ChainDigest(row.getLong(1), row.getLong(2), row.getString(3),
                        row.getString(4)));
    }

    long chainHead() {
        Long head = jdbc.queryForObject("SELECT position FROM AuditChainHead WHERE id = 1", Long.class);
        return head == null ? 0 : head;
    }

    private boolean matches(AuditFilter filter, StoredEvent event) {
        return filter.matches(event, filter.readsMetadata() ? metadata(event) : Map.of());
    }

    /**
     * The next events after {@code after}, to {@code head}, that the store's own filters let
     * through: the site, the reader's sites, the type (under its name or its class name of before
     * names), and the instants to the second (stored as ISO text, whose fractions vary in length:
     * compared exactly afterwards, {@link AuditFilter#matches}).
     */
    private List<StoredEvent> batch(long after, long head, AuditFilter filter) {
        if (!filter.seesEverything() && filter.visibleSiteIds().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT ").append(StoredEvent.COLUMNS)
                .append(StoredEvent.FROM)
                .append(" WHERE e.globalIndex > ? AND e.globalIndex <= ?");
        List<Object> parameters = new ArrayList<>(List.of(after, head));
        if (filter.siteId() != null) {
            sql.append(" AND e.aggregateIdentifier = ? AND e.type = ?");
            parameters.add(filter.siteId());
            parameters.add(AuditFilter.SITE_AGGREGATE);
        }
        if (!filter.seesEverything()) {
            sql.append(" AND e.type = ? AND e.aggregateIdentifier = ANY(?)");
            parameters.add(AuditFilter.SITE_AGGREGATE);
            parameters.add(filter.visibleSiteIds().toArray(String[]::new));
        }
        if (filter.type() != null) {
            List<String> storedTypes = StoredEventNames.storedTypesOf(filter.type());
            sql.append(" AND e.payloadType IN (?, ?)");
            parameters.add(storedTypes.get(0));
            parameters.add(storedTypes.get(1));
        }
        if (filter.from() != null) {
            sql.append(" AND e.timeStamp >= ?");
            parameters.add(secondPrefix(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND e.timeStamp < ?");
            parameters.add(secondPrefix(filter.to().plusSeconds(1)));
        }
        sql.append(" ORDER BY e.globalIndex LIMIT ").append(BATCH);
        return jdbc.query(connection -> statement(connection, sql.toString(), parameters),
                (row, rowNumber) -> StoredEvent.read(row));
    }

    /** "2021-12-08T09:30:00": the start of every stored instant of that second, whatever its fraction. */
    private static String secondPrefix(Instant instant) {
        String iso = instant.truncatedTo(ChronoUnit.SECONDS).toString();
        return iso.substring(0, iso.length() - 1);
    }

    private static PreparedStatement statement(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.size(); i++) {
            Object parameter = parameters.get(i);
            if (parameter instanceof String[] values) {
                statement.setArray(i + 1, connection.createArrayOf("VARCHAR", values));
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
        return statement;
    }

    /** {@code next}: the position to resume after; {@code more}: whether events after it were already linked. */
    record Page(List<StoredEvent> items, long next, boolean more) {
    }
}
