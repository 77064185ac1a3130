package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;
import siteops.app.testing.EventStream;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GET /api/sites/{id}/stream and /api/sites/stream (server-sent events), and read-your-writes with
 * GET /api/sites/{id}?minRevision=.
 */
class LiveProgressHttpTest extends ApplicationTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aSiteStreamSendsTheSiteThenEachChangeOfAnUpdateToItsEnd() throws Exception {
        sites.publish("2021.3", "2021-12-08");
        String site = sites.register("Premium", "2020.3", List.of("A", "B"));
        try (EventStream stream = EventStream.open(api, "acme", "/api/sites/" + site + "/stream", null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.header("Content-Type")).startsWith("text/event-stream");
            EventStream.Event first = stream.next(WAIT);
            assertThat(first.name()).isEqualTo("site");
            assertThat(first.data().path("status").asText()).isEqualTo("Ready");
            assertThat(first.data().path("version").asText()).isEqualTo("2020.3");

            assertThat(sites.requestUpdate("acme", site, "2021.3").status()).isEqualTo(202);
            List<EventStream.Event> events = stream.until(event -> event.data().path("status").asText().equals("Ready")
                    && event.data().path("version").asText().equals("2021.3"), WAIT);

            assertThat(events).extracting(event -> event.data().path("status").asText()).contains("Updating");
            assertThat(events).anySatisfy(event -> assertThat(event.data().path("currentUpdate").path("phase")
                    .asText()).isEqualTo("CONVERTING"));
            assertThat(events).as("once a company is converted, the update and its operation say when they should end")
                    .anySatisfy(event -> {
                        assertThat(event.data().path("currentUpdate").path("companiesConverted").asInt()).isEqualTo(1);
                        assertThat(Instant.parse(event.data().path("currentUpdate").path("eta").asText()))
                                .isAfter(Instant.parse(event.data().path("currentUpdate").path("startedAt").asText()));
                        assertThat(event.data().path("currentOperation").path("eta").isTextual()).isTrue();
                    });
            assertThat(events.get(events.size() - 1).data().path("currentUpdate").isNull()).isTrue();
            List<Long> ids = events.stream().map(event -> Long.parseLong(event.id())).toList();
            assertThat(ids).as("each event's id is the site's revision, increasing").isSorted().doesNotHaveDuplicates();
            assertThat(ids.get(0)).isGreaterThan(Long.parseLong(first.id()));
        }
    }

    @Test
    void aReconnectWithItsLastEventIdResumesAfterIt() throws Exception {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        String seen;
        try (EventStream stream = EventStream.open(api, "acme", "/api/sites/" + site + "/stream", null)) {
            seen = stream.next(WAIT).id();
        }
        Api.Response locked = api.post("acme", "/api/sites/" + site + "/lock", "{\"reason\": \"audit\"}");
        long revision = Long.parseLong(locked.header("ETag").replace("\"", ""));
        assertThat(api.get("acme", "/api/sites/" + site + "?minRevision=" + revision).status()).isEqualTo(200);

        try (EventStream resumed = EventStream.open(api, "acme", "/api/sites/" + site + "/stream", seen)) {
            EventStream.Event missed = resumed.next(WAIT);
            assertThat(missed.id()).isEqualTo(Long.toString(revision));
            assertThat(missed.data().path("status").asText()).isEqualTo("Locked");
        }
        try (EventStream upToDate = EventStream.open(api, "acme", "/api/sites/" + site + "/stream",
                Long.toString(revision))) {
            assertThat(upToDate.next(Duration.ofMillis(500))).as("nothing was missed").isNull();
            api.post("acme", "/api/sites/" + site + "/unlock", "{}");
            assertThat(upToDate.next(WAIT).data().path("status").asText()).isEqualTo("Ready");
        }
    }

    @Test
    void aListStreamSendsOnlyTheSitesTheCallerMaySeeAndMatchItsFilter() throws Exception {
        try (EventStream clients = EventStream.open(api, "client", "/api/sites/stream?edition=Premium", null)) {
            assertThat(clients.status()).isEqualTo(200);
            String others = sites.register("Premium", "2020.3", List.of("A"), "globex", "initech");
            String essentials = sites.register("Essentials", "2020.3", List.of("A"), "acme", "client");
            String own = sites.register("Premium", "2020.3", List.of("A"), "acme", "client");
            List<EventStream.Event> events = clients.until(event -> event.data().path("siteId").asText().equals(own),
                    WAIT);
            assertThat(events).extracting(event -> event.data().path("siteId").asText())
                    .doesNotContain(others, essentials);
            assertThat(events).allSatisfy(event -> assertThat(event.data().path("clientId").asText())
                    .isEqualTo("client"));
        }
    }

    @Test
    void aSiteTheCallerMayNotSeeIsNotStreamedAndAResumeIdMustBeANumber() {
        String site = sites.register("Premium", "2020.3", List.of("A"), "globex", "initech");
        try (EventStream refused = EventStream.open(api, "client", "/api/sites/" + site + "/stream", null)) {
            assertThat(refused.status()).isEqualTo(404);
        }
        try (EventStream refused = EventStream.open(api, "globex", "/api/sites/" + site + "/stream", "yesterday")) {
            assertThat(refused.status()).isEqualTo(400);
        }
    }

    @Test
    void aReadOfARevisionTheReadSideHasNotReachedWaitsThenAnswers503WithRetryAfter() {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        Api.Response behind = api.get("acme", "/api/sites/" + site + "?minRevision=99");
        assertThat(behind.status()).isEqualTo(503);
        assertThat(behind.code()).isEqualTo("READ_MODEL_BEHIND");
        assertThat(behind.header("Retry-After")).isEqualTo("1");
        assertThat(api.get("acme", "/api/sites/" + site + "?minRevision=-1").status()).isEqualTo(400);
        JsonNode now = api.get("acme", "/api/sites/" + site + "?minRevision=0").body();
        assertThat(now.path("siteId").asText()).isEqualTo(site);
    }
}
