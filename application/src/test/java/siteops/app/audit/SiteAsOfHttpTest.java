package siteops.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import siteops.api.catalog.ProductVersion;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/sites/{id}/as-of?at=: the site as its events made it at an instant, checked at the
 * instant of each of its events (read from the audit log), through an update and a rollback.
 */
class SiteAsOfHttpTest extends ApplicationTest {

    @Test
    void atEachEventsInstantTheSiteIsWhatThatEventMadeItThroughAnUpdateAndARollback() {
        sites.publish("2021.3", "2021-12-08");
        String site = sites.register("Premium", "2020.3", List.of("A", "B"));
        Api.Response updated = sites.requestUpdate("acme", site, "2021.3");
        sites.awaitUpdate("acme", updated.header("Location"), u -> u.path("phase").asText().equals("COMPLETED"));
        sites.publish("2022.1", "2022-06-01");
        fault(site, "B");
        Api.Response rolledBack = sites.requestUpdate("acme", site, "2022.1");
        sites.awaitUpdate("acme", rolledBack.header("Location"), u -> u.path("phase").asText().equals("ROLLED_BACK"));
        List<JsonNode> events = eventsOf(site);

        for (JsonNode event : events) {
            Instant at = Instant.parse(event.path("occurredAt").asText());
            JsonNode asOf = asOf("acme", site, at.toString());
            // Events applied together may share their instant: the site then reflects the last of them.
            JsonNode lastThen = events.stream()
                    .filter(other -> !Instant.parse(other.path("occurredAt").asText()).isAfter(at))
                    .reduce((first, second) -> second).orElseThrow();
            String type = event.path("type").asText();
            assertThat(asOf.path("revision").asLong()).as(type).isEqualTo(lastThen.path("sequence").asLong());
            assertThat(asOf.path("position").asLong()).as(type).isEqualTo(lastThen.path("position").asLong());
            assertThat(asOf.path("siteId").asText()).isEqualTo(site);
        }
        JsonNode registered = asOf("acme", site, instantOf(events, "SiteRegistered", 0));
        assertThat(registered.path("status").asText()).isEqualTo("Ready");
        assertThat(registered.path("version").asText()).isEqualTo("2020.3");
        assertThat(registered.path("currentUpdate").isNull()).isTrue();

        JsonNode midUpdate = asOf("acme", site, instantOf(events, "CompanyConverted", 0));
        assertThat(midUpdate.path("status").asText()).isEqualTo("Updating");
        assertThat(midUpdate.path("version").asText()).isEqualTo("2020.3");
        assertThat(midUpdate.path("currentUpdate").path("phase").asText()).isEqualTo("CONVERTING");
        assertThat(midUpdate.path("currentUpdate").path("companiesConverted").asInt()).isEqualTo(1);
        assertThat(midUpdate.path("companies").findValuesAsText("version")).containsExactly("2021.3", "2020.3");
        assertThat(midUpdate.path("allowedOperations")).isEmpty();

        String completedAt = instantOf(events, "UpdateCompleted", 0);
        JsonNode completed = asOf("acme", site, completedAt);
        assertThat(completed.path("status").asText()).isEqualTo("Ready");
        assertThat(completed.path("version").asText()).isEqualTo("2021.3");
        assertThat(siteops.app.testing.Sites.texts(completed.path("allowedOperations")).contains("UPDATE"))
                .as("an update is offered as of then exactly if a newer version was published by then")
                .isEqualTo(newerVersionPublishedBy(Instant.parse(completedAt), "2021.3"));

        JsonNode midRollback = asOf("acme", site, instantOf(events, "CompanyConversionFailed", 0));
        assertThat(midRollback.path("status").asText()).isEqualTo("Updating");
        assertThat(midRollback.path("currentUpdate").path("phase").asText()).isEqualTo("ROLLING_BACK");
        assertThat(midRollback.path("currentUpdate").path("targetVersion").asText()).isEqualTo("2022.1");
        assertThat(midRollback.path("version").asText()).isEqualTo("2021.3");

        // Once the read side has every event, the site as of now is what the read model shows.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode now = asOf("acme", site, Instant.now().toString());
            Api.Response live = api.get("acme", "/api/sites/" + site);
            ObjectNode detailNow = now.deepCopy();
            detailNow.remove(List.of("position", "revision"));
            assertThat(detailNow).isEqualTo(live.body());
            assertThat(live.header("ETag")).isEqualTo("\"" + now.path("revision").asLong() + "\"");
        });
    }

    @Test
    void beforeItExistedOrForAReaderWhoMayNotSeeItTheSiteIsNotFoundAndAnInstantMustBeOne() {
        Instant before = Instant.now();
        String site = sites.register("Premium", "2020.3", List.of("A"));
        Api.Response tooEarly = api.get("acme", "/api/sites/" + site + "/as-of?at=" + before.minusSeconds(1));
        assertThat(tooEarly.status()).isEqualTo(404);
        assertThat(tooEarly.code()).isEqualTo("SITE_NOT_FOUND");
        assertThat(api.get("globex", "/api/sites/" + site + "/as-of?at=" + Instant.now()).code())
                .isEqualTo("SITE_NOT_FOUND");
        assertThat(api.get("auditor", "/api/sites/" + site + "/as-of?at=" + Instant.now()).status()).isEqualTo(200);
        Api.Response notAnInstant = api.get("acme", "/api/sites/" + site + "/as-of?at=last-tuesday");
        assertThat(notAnInstant.status()).isEqualTo(400);
        assertThat(notAnInstant.body().path("detail").asText()).startsWith("at:");
        assertThat(api.get("acme", "/api/sites/" + site + "/as-of").status()).isEqualTo(400);
    }

    private void fault(String site, String company) {
        Api.Response fault = api.post("operator", "/api/simulator/faults", "{\"siteId\": \"" + site
                + "\", \"kind\": \"CONVERT_COMPANY\", \"company\": \"" + company + "\", \"reason\": \"disk full\"}");
        assertThat(fault.status()).as(fault.toString()).isEqualTo(201);
    }

    private JsonNode asOf(String user, String site, String at) {
        Api.Response answer = api.get(user, "/api/sites/" + site + "/as-of?at=" + at);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    /** The site's events from the audit log, once it has them all. */
    private List<JsonNode> eventsOf(String site) {
        long revision = api.get("operator", "/api/sites/" + site).body().path("revision").asLong();
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<JsonNode> events = new ArrayList<>();
            api.get("auditor", "/api/audit/events?limit=1000&siteId=" + site).body().path("items")
                    .forEach(events::add);
            return events;
        }, events -> !events.isEmpty() && events.get(events.size() - 1).path("sequence").asLong() >= revision);
    }

    /** From the catalog's events in the log: any version of Sage 100 newer than {@code version}, published by then. */
    private boolean newerVersionPublishedBy(Instant at, String version) {
        List<JsonNode> published = new ArrayList<>();
        api.get("auditor", "/api/audit/events?limit=1000&type=VersionPublished&to=" + at).body().path("items")
                .forEach(published::add);
        return published.stream().map(event -> event.path("payload"))
                .filter(payload -> payload.path("product").asText().equals("Sage 100"))
                .anyMatch(payload -> ProductVersion.parse(payload.path("version").asText())
                        .isNewerThan(ProductVersion.parse(version)));
    }

    private static String instantOf(List<JsonNode> events, String type, int nth) {
        return events.stream().filter(event -> event.path("type").asText().equals(type)).skip(nth).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + events)).path("occurredAt").asText();
    }
}
