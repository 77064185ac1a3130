package siteops.app.idempotency;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;
import siteops.app.storage.EventStoreAvailability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The {@code idempotent_request} table. A key is reserved by inserting its row: the primary key
 * lets exactly one of two concurrent requests with the same key through. The process serving it
 * holds it by a lease it renews while the request runs, so that a key whose process died is free
 * again soon, and never while its request may still be running.
 */
@ConditionalOnProcessRole(ProcessRole.COMMAND)
@Component
public class IdempotencyRecords {

    private final JdbcTemplate jdbc;
    private final IdempotencySettings settings;
    private final EventStoreAvailability store;
    private final Clock clock;
    /** This process, as the holder of the keys it is serving. */
    private final String holder = UUID.randomUUID().toString();
    private final Set<IdempotencyKey> held = ConcurrentHashMap.newKeySet();

    public IdempotencyRecords(JdbcTemplate jdbc, IdempotencySettings settings, EventStoreAvailability store) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.store = store;
        this.clock = Clock.systemUTC();
    }

    sealed interface Reservation {
    }

    record Reserved() implements Reservation {
    }

    record AlreadySeen(IdempotencyRecord record) implements Reservation {
    }

    /** The user holds as many keys as allowed; the oldest expires after {@code retryAfter}. */
    record TooManyKeys(Duration retryAfter) implements Reservation {
    }

    /** Reserves the key for a new request; if the key was already used, what is known of it instead. */
    Reservation reserve(IdempotencyKey key, String fingerprint) {
        while (true) {
            Optional<IdempotencyRecord> seen = find(key);
            if (seen.isPresent()) {
                return new AlreadySeen(seen.get());
            }
            Optional<Duration> full = retryAfterIfFull(key.user());
            if (full.isPresent()) {
                return new TooManyKeys(full.get());
            }
            try {
                Instant now = clock.instant();
                jdbc.update("INSERT INTO idempotent_request (user_name, key_digest, request_fingerprint, holder, "
                                + "lease_until, created_at) VALUES (?, ?, ?, ?, ?, ?)", key.user(), key.digestBytes(),
                        HexFormat.of().parseHex(fingerprint), holder, Timestamp.from(now.plus(settings.lease())),
                        Timestamp.from(now));
                held.add(key);
                return new Reserved();
            } catch (DuplicateKeyException reservedMeanwhile) {
                // Another request with the key came in between: answer as to a retry of it.
            }
        }
    }

    private Optional<Duration> retryAfterIfFull(String user) {
        if (countOf(user) < settings.maxKeysPerUser()) {
            return Optional.empty();
        }
        forgetExpired(user);
        if (countOf(user) < settings.maxKeysPerUser()) {
            return Optional.empty();
        }
        Timestamp oldest = jdbc.queryForObject("SELECT MIN(created_at) FROM idempotent_request WHERE user_name = ?",
                Timestamp.class, user);
        Instant frees = oldest == null ? clock.instant() : oldest.toInstant().plus(settings.retention());
        return Optional.of(Duration.between(clock.instant(), frees));
    }

    private int countOf(String user) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM idempotent_request WHERE user_name = ?",
                Integer.class, user);
        return count == null ? 0 : count;
    }

    /** Takes over a reservation whose process died; false if another request took it first. */
    boolean takeOver(IdempotencyKey key, IdempotencyRecord abandoned) {
        boolean taken = jdbc.update("UPDATE idempotent_request SET holder = ?, lease_until = ? WHERE user_name = ? "
                        + "AND key_digest = ? AND response_status IS NULL AND lease_until = ?", holder,
                Timestamp.from(clock.instant().plus(settings.lease())), key.user(), key.digestBytes(),
                Timestamp.from(abandoned.leaseUntil())) == 1;
        if (taken) {
            held.add(key);
        }
        return taken;
    }

    void complete(IdempotencyKey key, StoredResponse response) {
        String headers = response.headers().entrySet().stream()
                .map(header -> header.getKey() + ": " + header.getValue())
                .collect(Collectors.joining("\n"));
        jdbc.update("UPDATE idempotent_request SET holder = NULL, lease_until = NULL, response_status = ?, "
                        + "response_headers = ?, response_body = ? WHERE user_name = ? AND key_digest = ? AND holder = ?",
                response.status(), headers, response.body(), key.user(), key.digestBytes(), holder);
        held.remove(key);
    }

    /**
     * Forgets a reservation whose request changed nothing, so that a retry runs it again. While the
     * store is down (the request failed for that reason) it cannot be written, nor waited for: the
     * reservation is no longer renewed, and a retry takes the key over once its lease has run out.
     */
    void release(IdempotencyKey key) {
        if (!store.isAvailable()) {
            held.remove(key);
            return;
        }
        jdbc.update("DELETE FROM idempotent_request WHERE user_name = ? AND key_digest = ? AND holder = ? "
                + "AND response_status IS NULL", key.user(), key.digestBytes(), holder);
        held.remove(key);
    }

    /** Every second, for the keys this process is serving; one row each, so only while requests run. */
    @Scheduled(fixedDelay = 1000)
    void renewLeases() {
        Timestamp leaseUntil = Timestamp.from(clock.instant().plus(settings.lease()));
        for (IdempotencyKey key : held) {
            jdbc.update("UPDATE idempotent_request SET lease_until = ? WHERE user_name = ? AND key_digest = ? "
                    + "AND holder = ?", leaseUntil, key.user(), key.digestBytes(), holder);
        }
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT10S")
    void forgetExpired() {
        Timestamp expired = Timestamp.from(clock.instant().minus(settings.retention()));
        jdbc.update("DELETE FROM idempotent_request WHERE created_at < ?", expired);
        jdbc.update("DELETE FROM idempotent_command_outcome WHERE created_at < ?", expired);
    }

    private void forgetExpired(String user) {
        jdbc.update("DELETE FROM idempotent_request WHERE user_name = ? AND created_at < ?", user,
                Timestamp.from(clock.instant().minus(settings.retention())));
    }

    private Optional<IdempotencyRecord> find(IdempotencyKey key) {
        return jdbc.query("SELECT request_fingerprint, lease_until, response_status, response_headers, response_body "
                        + "FROM idempotent_request WHERE user_name = ? AND key_digest = ?",
                (rs, row) -> toRecord(rs), key.user(), key.digestBytes()).stream().findFirst();
    }

    private static IdempotencyRecord toRecord(ResultSet rs) throws SQLException {
        String fingerprint = HexFormat.of().formatHex(rs.getBytes("request_fingerprint"));
        Timestamp leaseUntil = rs.getTimestamp("lease_until");
        int status = rs.getInt("response_status");
        if (rs.wasNull()) {
            return new IdempotencyRecord(fingerprint, leaseUntil.toInstant(), null);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        String storedHeaders = rs.getString("response_headers");
        if (storedHeaders != null && !storedHeaders.isEmpty()) {
            for (String line : storedHeaders.split("\n")) {
                int colon = line.indexOf(": ");
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return new IdempotencyRecord(fingerprint, null, new StoredResponse(status, headers, rs.getBytes("response_body")));
    }

    Instant now() {
        return clock.instant();
    }
}
