package siteops.app.idempotency;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code idempotency_record} table. A key is reserved by inserting its row: the primary key
 * lets exactly one of two concurrent requests with the same key through.
 */
@Component
public class IdempotencyRecords {

    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETED = "COMPLETED";

    private final JdbcTemplate jdbc;
    private final IdempotencySettings settings;
    private final Clock clock;

    public IdempotencyRecords(JdbcTemplate jdbc, IdempotencySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = Clock.systemUTC();
    }

    /** Reserves the key for a new request; if the key was already used, what is known of it instead. */
    Optional<IdempotencyRecord> reserve(String user, String key, String fingerprint) {
        while (true) {
            try {
                jdbc.update("INSERT INTO idempotency_record (user_name, idempotency_key, request_fingerprint, state, "
                        + "created_at) VALUES (?, ?, ?, ?, ?)", user, key, fingerprint, IN_PROGRESS, now());
                return Optional.empty();
            } catch (DuplicateKeyException alreadyUsed) {
                Optional<IdempotencyRecord> holder = find(user, key);
                if (holder.isPresent()) {
                    return holder;
                }
                // The holder failed and released the key in between: try to reserve it again.
            }
        }
    }

    /** Takes over a reservation whose request died with its process; false if another request took it first. */
    boolean takeOver(String user, String key, IdempotencyRecord abandoned) {
        return jdbc.update("UPDATE idempotency_record SET created_at = ? WHERE user_name = ? AND idempotency_key = ? "
                + "AND state = ? AND created_at = ?", now(), user, key, IN_PROGRESS,
                Timestamp.from(abandoned.createdAt())) == 1;
    }

    boolean isAbandoned(IdempotencyRecord record) {
        return record.inProgress() && record.createdAt().plus(settings.abandonAfter()).isBefore(clock.instant());
    }

    void complete(String user, String key, StoredResponse response) {
        String headers = response.headers().entrySet().stream()
                .map(header -> header.getKey() + ": " + header.getValue())
                .collect(Collectors.joining("\n"));
        jdbc.update("UPDATE idempotency_record SET state = ?, response_status = ?, response_headers = ?, "
                        + "response_body = ? WHERE user_name = ? AND idempotency_key = ?",
                COMPLETED, response.status(), headers, response.body(), user, key);
    }

    /** Forgets a reservation whose request failed unexpectedly, so that a retry runs it again. */
    void release(String user, String key) {
        jdbc.update("DELETE FROM idempotency_record WHERE user_name = ? AND idempotency_key = ? AND state = ?",
                user, key, IN_PROGRESS);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void forgetExpired() {
        jdbc.update("DELETE FROM idempotency_record WHERE created_at < ?",
                Timestamp.from(clock.instant().minus(settings.retention())));
    }

    private Optional<IdempotencyRecord> find(String user, String key) {
        return jdbc.query("SELECT request_fingerprint, state, created_at, response_status, response_headers, "
                        + "response_body FROM idempotency_record WHERE user_name = ? AND idempotency_key = ?",
                (rs, row) -> toRecord(rs), user, key).stream().findFirst();
    }

    private static IdempotencyRecord toRecord(ResultSet rs) throws SQLException {
        Instant createdAt = rs.getTimestamp("created_at").toInstant();
        if (!COMPLETED.equals(rs.getString("state"))) {
            return new IdempotencyRecord(rs.getString("request_fingerprint"), createdAt, null);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String storedHeaders = rs.getString("response_headers");
        if (storedHeaders != null && !storedHeaders.isEmpty()) {
            for (String line : storedHeaders.split("\n")) {
                int colon = line.indexOf(": ");
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return new IdempotencyRecord(rs.getString("request_fingerprint"), createdAt,
                new StoredResponse(rs.getInt("response_status"), headers, rs.getBytes("response_body")));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
