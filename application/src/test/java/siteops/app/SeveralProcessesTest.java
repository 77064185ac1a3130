package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;
import siteops.app.testing.EventStoreUnderTest;
import siteops.app.testing.Sites;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two siteops processes (two application contexts here) on one event store (an H2 database in
 * memory, or PostgreSQL: {@link EventStoreUnderTest}) and one read-model store behave as one siteops: each serves reads once the read models have caught up, whoever
 * works their segments; each lists the sites the other registers; a command sent to one acts on
 * the site as the other left it; an update asked of one ends, and both show it.
 */
class SeveralProcessesTest {

    private static final String SAGE = "\"Sage 100\"";
    private static MongoServer readModels;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static Api onFirst;
    private static Api onSecond;

    @BeforeAll
    static void twoProcessesOnTheSameStores() {
        readModels = new MongoServer(new MemoryBackend());
        String readModelsUri = readModels.bindAndGetConnectionString();
        String events = EventStoreUnderTest.newPostgresDatabase()
                .orElse("jdbc:h2:mem:several-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        first = start("first", events, readModelsUri);
        onFirst = new Api(portOf(first));
        new Sites(onFirst).createDemoOrganisations();
        second = start("second", events, readModelsUri);
        onSecond = new Api(portOf(second));
    }

    private static ConfigurableApplicationContext start(String node, String events, String readModelsUri) {
        return new SpringApplicationBuilder(SiteopsApplication.class).run(
                "--server.port=0",
                "--siteops.node.id=" + node,
                "--siteops.data-dir=" + ApplicationTest.newDataDir(),
                "--spring.datasource.url=" + events,
                "--spring.datasource.username=" + (events.startsWith("jdbc:postgresql:") ? "postgres" : "sa"),
                "--siteops.mongodb.uri=" + readModelsUri,
                "--siteops.demo.enabled=false",
                "--siteops.simulator.conversion-time=PT0.2S",
                "--siteops.simulator.backup-time=PT0.5S",
                "--siteops.update.conversion-timeout=PT20S");
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
        readModels.shutdownNow();
    }

    @Test
    void eachProcessServesReadsAndListsWhatTheOtherRegistered() {
        for (Api process : List.of(onFirst, onSecond)) {
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> process.get("operator", "/api/sites").status() == 200);
        }

        String onTheSecond = new Sites(onSecond).register("Premium", "2020.3", List.of("A"));
        String onTheFirst = new Sites(onFirst).register("Essentials", "2020.3", List.of("A"));

        for (Api process : List.of(onFirst, onSecond)) {
            Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(listed(process)).contains(onTheFirst, onTheSecond));
        }
    }

    @Test
    void aCommandSentToOneProcessActsOnTheSiteAsTheOtherLeftIt() {
        String site = new Sites(onFirst).register("Premium", "2020.3", List.of("A"));
        String reason = "{\"reason\": \"audit\"}";

        assertThat(onFirst.post("acme", "/api/sites/" + site + "/lock", reason).status()).isEqualTo(200);
        assertThat(onSecond.post("acme", "/api/sites/" + site + "/unlock", "").status()).isEqualTo(200);
        Api.Response lockedAgain = onFirst.post("acme", "/api/sites/" + site + "/lock", reason);

        assertThat(lockedAgain.status()).as(lockedAgain.toString()).isEqualTo(200);
        assertThat(lockedAgain.body().path("revision").asLong()).isEqualTo(3);
        new Sites(onSecond).awaitSite("acme", site, s -> s.path("status").asText().equals("Locked"));
    }

    @Test
    void anUpdateAskedOfOneProcessEndsAndBothShowIt() {
        Sites sites = new Sites(onSecond);
        String site = sites.register("Premium", "2020.3", List.of("A", "B", "C"));
        sites.publish("2021.3", "2021-12-08");

        assertThat(sites.requestUpdate("acme", site, "2021.3").status()).isEqualTo(202);

        for (Api process : List.of(onFirst, onSecond)) {
            JsonNode updated = new Sites(process).awaitSite("acme", site,
                    s -> s.path("status").asText().equals("Ready") && s.path("version").asText().equals("2021.3"));
            assertThat(updated.path("product").toString()).isEqualTo(SAGE);
        }
        List<String> types = new Sites(onFirst).historyTypes("acme", site);
        assertThat(types.stream().filter("CompanyConverted"::equals)).hasSize(3);
        List<Long> sequences = onFirst.get("acme", "/api/sites/" + site + "/history?size=100").body()
                .path("items").findValues("sequence").stream().map(JsonNode::asLong).toList();
        assertThat(new HashSet<>(sequences)).hasSize(sequences.size());
    }

    private static List<String> listed(Api process) {
        return process.get("operator", "/api/sites?size=100").body().path("items").findValuesAsText("siteId");
    }
}
