package siteops.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hash chain: GET /api/audit/digest and POST /api/audit/verifications, before and after the
 * store is tampered with directly. Each test puts the store back as it was; this class has an
 * application, and so a store, of its own.
 */
@TestPropertySource(properties = "siteops.audit.gap-wait=PT1S")
class AuditChainHttpTest extends ApplicationTest {

    @Autowired
    private JdbcTemplate jdbc;

    private String site;
    private List<Long> positions;

    @BeforeEach
    void aSiteWithAHistoryAllLinked() {
        site = sites.register("Premium", "2020.3", List.of("A"));
        api.post("acme", "/api/sites/" + site + "/lock", "{\"reason\": \"audit\"}");
        api.post("acme", "/api/sites/" + site + "/unlock", "{}");
        long last = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> digest().path("position").asLong() >= last);
        positions = jdbc.queryForList("SELECT globalIndex FROM DomainEventEntry WHERE aggregateIdentifier = ?"
                + " ORDER BY sequenceNumber", Long.class, site);
        assertThat(positions).hasSize(3);
    }

    @Test
    void aCleanStoreVerifiesAgainstItsChainAndASavedDigest() {
        JsonNode digest = digest();
        assertThat(digest.path("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(digest.path("eventCount").asLong()).isPositive();

        JsonNode clean = verify(null);
        assertThat(clean.path("verified").asBoolean()).as(clean.toString()).isTrue();
        assertThat(clean.path("checkedEvents").asLong()).isGreaterThanOrEqualTo(digest.path("eventCount").asLong());
        assertThat(clean.path("firstMismatch").isNull()).isTrue();
        JsonNode againstDigest = verify(digest);
        assertThat(againstDigest.path("verified").asBoolean()).as(againstDigest.toString()).isTrue();
        assertThat(againstDigest.path("position").asLong()).isEqualTo(digest.path("position").asLong());
    }

    @Test
    void oneByteChangedInOneStoredPayloadIsFoundAtItsEvent() {
        long locked = positions.get(1);
        byte[] payload = jdbc.queryForObject("SELECT payload FROM DomainEventEntry WHERE globalIndex = ?",
                byte[].class, locked);
        byte[] changed = payload.clone();
        int at = new String(payload).indexOf("audit");
        changed[at] = 'A';
        jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?", changed, locked);
        try {
            assertMismatch(verify(null), locked, "EVENT_CHANGED");
        } finally {
            jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?", payload, locked);
        }
        assertThat(verify(null).path("verified").asBoolean()).isTrue();
    }

    @Test
    void aChangedActorInTheMetadataIsFoundToo() {
        long locked = positions.get(1);
        byte[] metadata = jdbc.queryForObject("SELECT metaData FROM DomainEventEntry WHERE globalIndex = ?",
                byte[].class, locked);
        jdbc.update("UPDATE DomainEventEntry SET metaData = ? WHERE globalIndex = ?",
                new String(metadata).replace("\"acme\"", "\"acmf\"").getBytes(), locked);
        try {
            assertMismatch(verify(null), locked, "EVENT_CHANGED");
        } finally {
            jdbc.update("UPDATE DomainEventEntry SET metaData = ? WHERE globalIndex = ?", metadata, locked);
        }
    }

    @Test
    void aDeletedEventIsFoundWhereItWas() {
        long locked = positions.get(1);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM DomainEventEntry WHERE globalIndex = ?", locked);
        jdbc.update("DELETE FROM DomainEventEntry WHERE globalIndex = ?", locked);
        try {
            assertMismatch(verify(null), locked, "EVENT_MISSING");
        } finally {
            storeAgain(row);
        }
        assertThat(verify(null).path("verified").asBoolean()).isTrue();
    }

    @Test
    void twoEventsSwappedAreFoundAtTheFirst() {
        long locked = positions.get(1);
        long unlocked = positions.get(2);
        swap(locked, unlocked);
        try {
            assertMismatch(verify(null), locked, "EVENT_OUT_OF_PLACE");
        } finally {
            swap(locked, unlocked);
        }
        assertThat(verify(null).path("verified").asBoolean()).isTrue();
    }

    @Test
    void eventsAndChainRewrittenTogetherAreCaughtOnlyByADigestSavedBefore() {
        JsonNode saved = digest();
        long locked = positions.get(1);
        byte[] payload = jdbc.queryForObject("SELECT payload FROM DomainEventEntry WHERE globalIndex = ?",
                byte[].class, locked);
        List<Map<String, Object>> links = jdbc.queryForList(
                "SELECT position, hash FROM AuditChainLink WHERE position >= ? ORDER BY position", locked);
        Map<String, Object> head = jdbc.queryForMap("SELECT position, hash FROM AuditChainHead WHERE id = 1");
        jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?",
                new String(payload).replace("audit", "other").getBytes(), locked);
        rewriteTheChainFrom(locked);
        try {
            assertThat(verify(null).path("verified").asBoolean()).as("the chain agrees with the rewritten events")
                    .isTrue();
            assertMismatch(verify(saved), saved.path("position").asLong(), "DIGEST_MISMATCH");
        } finally {
            jdbc.update("UPDATE DomainEventEntry SET payload = ? WHERE globalIndex = ?", payload, locked);
            links.forEach(link -> jdbc.update("UPDATE AuditChainLink SET hash = ? WHERE position = ?",
                    link.get("hash"), link.get("position")));
            jdbc.update("UPDATE AuditChainHead SET hash = ? WHERE id = 1 AND position = ?", head.get("hash"),
                    head.get("position"));
        }
        assertThat(verify(saved).path("verified").asBoolean()).isTrue();
    }

    @Test
    void aLogCutShortAfterADigestWasSavedIsCaughtByTheDigest() {
        JsonNode saved = digest();
        long last = saved.path("position").asLong();
        Map<String, Object> head = jdbc.queryForMap("SELECT position, eventCount, hash FROM AuditChainHead WHERE id = 1");
        Map<String, Object> lastLink = jdbc.queryForMap("SELECT * FROM AuditChainLink WHERE position = ?", last);
        Map<String, Object> previous = jdbc.queryForMap("SELECT position, hash FROM AuditChainLink WHERE position ="
                + " (SELECT MAX(position) FROM AuditChainLink WHERE position < ?)", last);
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM DomainEventEntry WHERE globalIndex = ?", last);
        jdbc.update("DELETE FROM DomainEventEntry WHERE globalIndex = ?", last);
        jdbc.update("DELETE FROM AuditChainLink WHERE position = ?", last);
        jdbc.update("UPDATE AuditChainHead SET position = ?, eventCount = eventCount - 1, hash = ? WHERE id = 1",
                previous.get("position"), previous.get("hash"));
        try {
            assertMismatch(verify(saved), last, "DIGEST_NOT_IN_CHAIN");
        } finally {
            storeAgain(row);
            jdbc.update("INSERT INTO AuditChainLink (position, eventIdentifier, hash) VALUES (?, ?, ?)",
                    lastLink.get("position"), lastLink.get("eventIdentifier"), lastLink.get("hash"));
            jdbc.update("UPDATE AuditChainHead SET position = ?, eventCount = ?, hash = ? WHERE id = 1",
                    head.get("position"), head.get("eventCount"), head.get("hash"));
        }
        assertThat(verify(saved).path("verified").asBoolean()).isTrue();
    }

    @Test
    void aHeadMovedBackToHideTheLastEventsIsFound() {
        Map<String, Object> head = jdbc.queryForMap("SELECT position, eventCount, hash FROM AuditChainHead WHERE id = 1");
        Map<String, Object> previous = jdbc.queryForMap("SELECT position, hash FROM AuditChainLink WHERE position ="
                + " (SELECT MAX(position) FROM AuditChainLink WHERE position < ?)", head.get("position"));
        jdbc.update("UPDATE AuditChainHead SET position = ?, eventCount = eventCount - 1, hash = ? WHERE id = 1",
                previous.get("position"), previous.get("hash"));
        try {
            assertMismatch(verify(null), ((Number) head.get("position")).longValue(), "HEAD_MISMATCH");
        } finally {
            jdbc.update("UPDATE AuditChainHead SET position = ?, eventCount = ?, hash = ? WHERE id = 1",
                    head.get("position"), head.get("eventCount"), head.get("hash"));
        }
        assertThat(verify(null).path("verified").asBoolean()).isTrue();
    }

    @Test
    void aDigestIsCheckedAsTheDigestRouteGaveItItsCountIncluded() {
        JsonNode saved = digest();
        ObjectNode miscounted = saved.deepCopy();
        miscounted.put("eventCount", saved.path("eventCount").asLong() - 1);
        assertMismatch(verify(miscounted), saved.path("position").asLong(), "DIGEST_MISMATCH");
        ObjectNode withoutCount = saved.deepCopy();
        withoutCount.remove(List.of("eventCount", "computedAt"));
        assertThat(verify(withoutCount).path("verified").asBoolean()).isTrue();
    }

    @Test
    void onlyAuditorsAndOperatorsReadOrVerifyTheChainAndADigestMustBeOne() {
        assertThat(api.post("acme", "/api/audit/verifications", "{}").code()).isEqualTo("FORBIDDEN");
        assertThat(api.get("client", "/api/audit/digest").code()).isEqualTo("FORBIDDEN");
        assertThat(api.post("operator", "/api/audit/verifications", "{}").status()).isEqualTo(200);
        Api.Response badHash = api.post("auditor", "/api/audit/verifications", "{\"position\": 3, \"hash\": \"xyz\"}");
        assertThat(badHash.status()).isEqualTo(400);
        assertThat(badHash.body().path("detail").asText()).startsWith("hash:");
        Api.Response noPosition = api.post("auditor", "/api/audit/verifications",
                "{\"hash\": \"" + "0".repeat(64) + "\"}");
        assertThat(noPosition.status()).isEqualTo(400);
        assertThat(noPosition.body().path("detail").asText()).startsWith("position:");
    }

    /** An event's row put back as it was read. */
    private void storeAgain(Map<String, Object> row) {
        jdbc.update("INSERT INTO DomainEventEntry (globalIndex, aggregateIdentifier, sequenceNumber, type,"
                        + " eventIdentifier, metaData, payload, payloadRevision, payloadType, timeStamp)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("globalIndex"),
                row.get("aggregateIdentifier"), row.get("sequenceNumber"), row.get("type"),
                row.get("eventIdentifier"), row.get("metaData"), row.get("payload"), row.get("payloadRevision"),
                row.get("payloadType"), row.get("timeStamp"));
    }

    private void swap(long one, long other) {
        jdbc.update("UPDATE DomainEventEntry SET globalIndex = ? WHERE globalIndex = ?", -1, one);
        jdbc.update("UPDATE DomainEventEntry SET globalIndex = ? WHERE globalIndex = ?", one, other);
        jdbc.update("UPDATE DomainEventEntry SET globalIndex = ? WHERE globalIndex = ?", other, -1);
    }

    /** What someone who knows the link function could do: compute the chain again over changed events. */
    private void rewriteTheChainFrom(long position) {
        String previous = jdbc.queryForObject("SELECT hash FROM AuditChainLink WHERE position ="
                + " (SELECT MAX(position) FROM AuditChainLink WHERE position < ?)", String.class, position);
        List<StoredEvent> events = jdbc.query("SELECT " + StoredEvent.COLUMNS + " FROM DomainEventEntry e"
                        + " JOIN AuditChainLink l ON l.position = e.globalIndex WHERE e.globalIndex >= ?"
                        + " ORDER BY e.globalIndex", (row, rowNumber) -> StoredEvent.read(row), position);
        for (StoredEvent event : events) {
            previous = ChainLink.of(previous, event);
            jdbc.update("UPDATE AuditChainLink SET hash = ? WHERE position = ?", previous, event.position());
        }
        jdbc.update("UPDATE AuditChainHead SET hash = ? WHERE id = 1", previous);
    }

    private JsonNode digest() {
        Api.Response answer = api.get("auditor", "/api/audit/digest");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    private JsonNode verify(JsonNode digest) {
        String body = digest == null ? "{}" : digest.toString();
        Api.Response answer = api.post("auditor", "/api/audit/verifications", body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    private static void assertMismatch(JsonNode outcome, long position, String reason) {
        assertThat(outcome.path("verified").asBoolean()).as(outcome.toString()).isFalse();
        assertThat(outcome.path("firstMismatch").path("reason").asText()).as(outcome.toString()).isEqualTo(reason);
        assertThat(outcome.path("firstMismatch").path("position").asLong()).isEqualTo(position);
    }
}
