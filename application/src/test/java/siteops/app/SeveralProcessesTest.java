package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.AtOnce;
import siteops.app.testing.ReadModels;
import siteops.app.testing.SharedStores;
import siteops.app.testing.Sites;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two siteops processes (two application contexts here) on one event store and one read-model
 * store ({@link SharedStores}) behave as one siteops: each serves reads once the read models have caught up, whoever
 * works their segments; each lists the sites the other registers; a command sent to one acts on
 * the site as the other left it; an update asked of one ends, and both show it; a rebuild asked of
 * one rebuilds the read model once, for both.
 */
class SeveralProcessesTest {

    private static final String SAGE = "\"Sage 100\"";
    private static SharedStores stores;
    private static Api onFirst;
    private static Api onSecond;

    @BeforeAll
    static void twoProcessesOnTheSameStores() {
        stores = new SharedStores();
        onFirst = stores.start("first");
        new Sites(onFirst).createDemoOrganisations();
        onSecond = stores.start("second");
    }

    @AfterAll
    static void stop() {
        stores.close();
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

    /** Both processes lock the same site at the same moment, ten times over: each time one lock is kept, once. */
    @Test
    void commandsForOneSiteSentToBothProcessesAtOnceAreDecidedOnce() throws Exception {
        String site = new Sites(onFirst).register("Premium", "2020.3", List.of("A"));
        String reason = "{\"reason\": \"audit\"}";
        for (int round = 0; round < 10; round++) {
            List<Callable<Api.Response>> both = List.of(
                    () -> onFirst.post("acme", "/api/sites/" + site + "/lock", reason),
                    () -> onSecond.post("acme", "/api/sites/" + site + "/lock", reason));

            List<Api.Response> answers = AtOnce.send(both);

            assertThat(answers).extracting(Api.Response::status).as(answers.toString()).containsExactlyInAnyOrder(200, 409);
            assertThat(answers).filteredOn(answer -> answer.status() == 409).extracting(Api.Response::code)
                    .allMatch(code -> code.equals("CONCURRENT_MODIFICATION") || code.equals("SITE_NOT_READY"));
            Api.Response unlocked = (round % 2 == 0 ? onSecond : onFirst).post("acme", "/api/sites/" + site + "/unlock", "");
            assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<String> types = new Sites(onSecond).historyTypes("acme", site);
            assertThat(types).filteredOn("SiteLocked"::equals).hasSize(10);
            assertThat(types).filteredOn("SiteUnlocked"::equals).hasSize(10);
        });
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

    @Test
    void aRebuildAskedOfOneProcessRebuildsTheReadModelOnceForBoth() {
        String site = new Sites(onFirst).register("Premium", "2020.3", List.of("A", "B"));
        assertThat(onSecond.post("acme", "/api/sites/" + site + "/lock", "{\"reason\": \"audit\"}").status())
                .isEqualTo(200);
        awaitBothCaughtUp();
        // Each process's site list follows the other's changes once its processors have passed them.
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                ReadModels.everything(onSecond, List.of(site))).isEqualTo(ReadModels.everything(onFirst, List.of(site))));
        JsonNode before = ReadModels.everything(onFirst, List.of(site));

        for (String readModel : List.of("sites", "site-history")) {
            Api.Response rebuild = onSecond.post("operator", "/api/admin/read-models/" + readModel + "/rebuild", "");
            assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
            awaitBothCaughtUp();
        }

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(ReadModels.everything(onFirst, List.of(site))).isEqualTo(before);
            assertThat(ReadModels.everything(onSecond, List.of(site))).isEqualTo(before);
        });
    }

    private static void awaitBothCaughtUp() {
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> ReadModels.caughtUp(onFirst) && ReadModels.caughtUp(onSecond));
    }

    private static List<String> listed(Api process) {
        return process.get("operator", "/api/sites?size=100").body().path("items").findValuesAsText("siteId");
    }
}
