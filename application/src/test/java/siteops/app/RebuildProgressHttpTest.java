package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild shows how far it has gone while it runs, watched every 10 ms from before it is asked
 * for, and the rebuilt read models hold exactly what they held. The history's processor takes one
 * event per batch here, so that its replay of 6,000 events lasts long enough to be watched; this
 * class has an application of its own.
 */
@TestPropertySource(properties = "axon.eventhandling.processors.site-history.batch-size=1")
class RebuildProgressHttpTest extends ApplicationTest {

    @Autowired
    private MongoDatabase readModels;

    @Test
    void aRebuildShowsItsProgressAndCountsAndEstimateAndEndsWithTheSameReadModels() throws Exception {
        registerManySites(1_000);
        registerManySites(1_000);
        awaitCaughtUp();
        Map<String, Document> historyBefore = documents("site_history");
        Map<String, Document> sitesBefore = documents("sites");

        List<JsonNode> seen = new CopyOnWriteArrayList<>();
        AtomicBoolean watching = new AtomicBoolean(true);
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        Future<?> watched = watcher.submit(() -> {
            while (watching.get()) {
                JsonNode history = status("site-history");
                if (!history.path("caughtUp").asBoolean()) {
                    seen.add(history);
                }
                Thread.sleep(10);
            }
            return null;
        });
        try {
            assertThat(api.post("operator", "/api/admin/read-models/site-history/rebuild", "").status())
                    .isEqualTo(202);
            Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                    .until(() -> status("site-history").path("caughtUp").asBoolean());
        } finally {
            watching.set(false);
            watched.get();
            watcher.shutdown();
        }
        assertThat(api.post("operator", "/api/admin/read-models/sites/rebuild", "").status()).isEqualTo(202);
        awaitCaughtUp();

        List<JsonNode> replaying = seen.stream().filter(status -> status.path("eventsDone").asLong() > 0
                && status.path("progress").asDouble() < 1).toList();
        assertThat(replaying).as("the replay watched while it ran: " + seen).isNotEmpty();
        JsonNode midway = replaying.get(replaying.size() / 2);
        assertThat(midway.path("eventsTotal").asLong()).isGreaterThanOrEqualTo(6_000);
        assertThat(midway.path("progress").asDouble())
                .isEqualTo((double) midway.path("eventsDone").asLong() / midway.path("eventsTotal").asLong());
        assertThat(Instant.parse(midway.path("eta").asText())).isAfter(Instant.now().minusSeconds(120));
        assertThat(replaying).extracting(status -> status.path("eventsDone").asLong()).isSorted();
        assertThat(seen).allSatisfy(status -> assertThat(status.path("progress").isNull()).isFalse());
        assertThat(status("site-history").path("progress").isNull()).as("no rebuild runs any more").isTrue();

        assertThat(documents("site_history")).isEqualTo(historyBefore);
        assertThat(documents("sites")).isEqualTo(sitesBefore);
    }

    private void registerManySites(int count) {
        sites.publish("2020.3", "2020-01-01");
        String sitesJson = IntStream.range(0, count).mapToObj(i -> {
            String name = "REBUILD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            return """
                    {"name": "%s", "product": "Sage 100", "edition": "Premium", "version": "2020.3", "plan": "Normal",
                     "type": "Staging", "timeZone": "Europe/Paris", "siteAdministration": true,
                     "serialNumber": "S-%s", "partnerId": "acme", "clientId": "client", "companies": ["A"]}
                    """.formatted(name, name);
        }).collect(Collectors.joining(",", "{\"sites\": [", "]}"));
        Api.Response registered = api.post("operator", "/api/site-registrations", sitesJson);
        assertThat(registered.status()).as(registered.toString()).isIn(200, 201);
    }

    private void awaitCaughtUp() {
        Awaitility.await().atMost(Duration.ofMinutes(1)).until(() ->
                status("sites").path("caughtUp").asBoolean() && status("site-history").path("caughtUp").asBoolean()
                        && status("site-history").path("behind").asLong() == 0);
    }

    private JsonNode status(String name) {
        for (JsonNode status : api.get("operator", "/api/admin/read-models").body()) {
            if (status.path("name").asText().equals(name)) {
                return status;
            }
        }
        throw new AssertionError("no read model " + name);
    }

    private Map<String, Document> documents(String collection) {
        Map<String, Document> byId = new TreeMap<>();
        readModels.getCollection(collection).find().forEach(document -> byId.put(document.getString("_id"), document));
        return byId;
    }
}
