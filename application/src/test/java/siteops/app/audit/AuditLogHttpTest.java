package siteops.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/audit/events: the event store as stored, in global order, by cursor, filtered, per reader. */
class AuditLogHttpTest extends ApplicationTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theLogReadByCursorWhileWritesGoOnGivesEveryStoredEventOnceInOrderAndAsStored() throws Exception {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> writes = writer.submit(() -> {
            while (writing.get()) {
                api.post("acme", "/api/sites/" + site + "/lock", "{\"reason\": \"audit\"}");
                api.post("acme", "/api/sites/" + site + "/unlock", "{}");
            }
        });
        List<JsonNode> read = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        String cursor = null;
        try {
            for (int page = 0; page < 1_000 && read.size() < 200; page++) {
                Api.Response answer = api.get("auditor", "/api/audit/events?limit=7"
                        + (cursor == null ? "" : "&after=" + cursor));
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
                answer.body().path("items").forEach(read::add);
                pages.add(answer.raw().body());
                cursor = answer.body().path("next").asText();
                Thread.sleep(10);
            }
        } finally {
            writing.set(false);
            writes.get();
            writer.shutdown();
        }
        long last = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("auditor", "/api/audit/digest").body().path("position").asLong() >= last);
        boolean more = true;
        while (more) {
            Api.Response answer = api.get("auditor", "/api/audit/events?limit=1000&after=" + cursor);
            answer.body().path("items").forEach(read::add);
            pages.add(answer.raw().body());
            cursor = answer.body().path("next").asText();
            more = answer.body().path("more").asBoolean();
        }

        List<Long> positions = read.stream().map(event -> event.path("position").asLong()).toList();
        List<Long> stored = jdbc.queryForList("SELECT globalIndex FROM DomainEventEntry WHERE globalIndex <= ?"
                + " ORDER BY globalIndex", Long.class, positions.get(positions.size() - 1));
        assertThat(positions).as("every stored event once, in global order").isEqualTo(stored);
        assertThat(read).as("events stored while the log was being read")
                .filteredOn(event -> event.path("aggregateId").asText().equals(site)).hasSizeGreaterThan(20);

        String body = String.join("\n", pages);
        jdbc.query("SELECT globalIndex, payload, payloadType FROM DomainEventEntry WHERE aggregateIdentifier = ?",
                row -> {
                    String payload = new String(row.getBytes(2), StandardCharsets.UTF_8);
                    assertThat(body).as("the payload of " + row.getLong(1) + " as stored")
                            .contains("\"payload\":" + payload + ",\"hash\"");
                }, site);
        JsonNode locked = read.stream().filter(event -> event.path("type").asText().equals("SiteLocked"))
                .filter(event -> event.path("aggregateId").asText().equals(site)).findFirst().orElseThrow();
        assertThat(locked.path("aggregateType").asText()).isEqualTo("Site");
        assertThat(locked.path("revision").asText()).isEqualTo("1");
        assertThat(locked.path("payload").path("reason").asText()).isEqualTo("audit");
        assertThat(locked.path("metadata").path("actor").asText()).isEqualTo("acme");
        assertThat(locked.path("metadata").path("actorRole").asText()).isEqualTo("PARTNER");
        assertThat(locked.path("metadata").path("actorOrganisation").asText()).isEqualTo("acme");
        assertThat(locked.path("metadata").path("correlationId").asText()).isNotBlank();
        assertThat(locked.path("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(read).allSatisfy(event -> assertThat(event.path("type").asText()).doesNotContain("."));
    }

    @Test
    void everyFilterNarrowsTheLogAndTheyCombine() {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        String correlationId = "audit-" + UUID.randomUUID();
        Instant before = Instant.now();
        api.post("acme", "/api/sites/" + site + "/lock", "{\"reason\": \"first\"}",
                Map.of("X-Correlation-Id", correlationId));
        api.post("operator", "/api/sites/" + site + "/unlock", "{}");
        Instant after = Instant.now();
        awaitLinked();

        assertThat(types(all("auditor", "siteId=" + site))).containsExactly("SiteRegistered", "SiteLocked",
                "SiteUnlocked");
        assertThat(types(all("auditor", "siteId=" + site + "&type=SiteLocked"))).containsExactly("SiteLocked");
        assertThat(types(all("auditor", "siteId=" + site + "&actor=operator"))).containsExactly("SiteRegistered",
                "SiteUnlocked");
        assertThat(types(all("auditor", "correlationId=" + correlationId))).containsExactly("SiteLocked");
        assertThat(types(all("auditor", "siteId=" + site + "&from=" + before + "&to=" + after)))
                .containsExactly("SiteLocked", "SiteUnlocked");
        assertThat(types(all("auditor", "siteId=" + site + "&type=SiteUnlocked&actor=acme"))).isEmpty();
        List<JsonNode> registered = all("auditor", "type=SiteRegistered&siteId=" + site);
        Instant registeredAt = Instant.parse(registered.get(0).path("occurredAt").asText());
        assertThat(types(all("auditor", "siteId=" + site + "&from=" + registeredAt + "&to=" + registeredAt)))
                .as("from and to are inclusive, to the nanosecond").containsExactly("SiteRegistered");
    }

    @Test
    void aPartnerOrAClientReadsOnlyTheEventsOfTheSitesItMaySee() {
        String acmes = sites.register("Premium", "2020.3", List.of("A"), "acme", "client");
        String globexs = sites.register("Premium", "2020.3", List.of("A"), "globex", "initech");
        awaitLinked();

        List<JsonNode> seenByAcme = all("acme", null);
        assertThat(seenByAcme).extracting(event -> event.path("aggregateId").asText()).contains(acmes)
                .doesNotContain(globexs);
        assertThat(seenByAcme).allSatisfy(event -> assertThat(event.path("aggregateType").asText()).isEqualTo("Site"));
        assertThat(all("client", "siteId=" + acmes)).isNotEmpty();
        assertThat(all("bistro", "siteId=" + acmes)).isEmpty();
        assertThat(all("initech", null)).extracting(event -> event.path("aggregateId").asText()).contains(globexs)
                .doesNotContain(acmes);
        assertThat(types(all("operator", null))).contains("OrganisationCreated", "VersionPublished",
                "SiteKeyClaimed");
    }

    @Test
    void aCursorLimitTypeOrInstantThatMeansNothingIsA400NamingIt() {
        sites.register("Premium", "2020.3", List.of("A"));
        Map<String, String> refused = Map.of(
                "after=nonsense", "after",
                "limit=0", "limit",
                "limit=1001", "limit",
                "type=siteops.api.lifecycle.SiteLocked", "type",
                "from=yesterday", "from",
                "from=2021-12-08T10:00:00Z&to=2021-12-08T09:00:00Z", "to");
        refused.forEach((query, field) -> {
            Api.Response answer = api.get("auditor", "/api/audit/events?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.code()).isEqualTo("INVALID_REQUEST");
            assertThat(answer.body().path("detail").asText()).as(query).startsWith(field + ":");
        });
    }

    private List<JsonNode> all(String user, String query) {
        List<JsonNode> events = new ArrayList<>();
        String cursor = null;
        Set<String> cursors = new HashSet<>();
        do {
            Api.Response answer = api.get(user, "/api/audit/events?limit=1000" + (query == null ? "" : "&" + query)
                    + (cursor == null ? "" : "&after=" + cursor));
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            answer.body().path("items").forEach(events::add);
            cursor = answer.body().path("next").asText();
            assertThat(cursors.add(cursor) || !answer.body().path("more").asBoolean()).isTrue();
            if (!answer.body().path("more").asBoolean()) {
                return events;
            }
        } while (true);
    }

    private static List<String> types(List<JsonNode> events) {
        return events.stream().map(event -> event.path("type").asText()).toList();
    }

    private void awaitLinked() {
        long last = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("auditor", "/api/audit/digest").body().path("position").asLong() >= last);
    }
}
