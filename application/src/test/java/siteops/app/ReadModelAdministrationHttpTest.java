package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.AtOnce;
import siteops.app.testing.ApplicationTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelAdministrationHttpTest extends ApplicationTest {

    private boolean allCaughtUp() {
        JsonNode statuses = api.get("operator", "/api/admin/read-models").body();
        return statuses.size() == 2 && statuses.findValuesAsText("caughtUp").stream().allMatch("true"::equals);
    }

    @Test
    void eachReadModelReportsWhereItStands() {
        sites.register("Premium", "2020.3", List.of("PAIE"));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(this::allCaughtUp);
        JsonNode statuses = api.get("operator", "/api/admin/read-models").body();
        assertThat(statuses.findValuesAsText("name")).containsExactly("sites", "site-history");
        assertThat(statuses.get(0).path("headPosition").asLong()).isPositive();
        assertThat(statuses.get(0).path("behind").asLong()).isZero();
    }

    @Test
    void aRebuiltReadModelHoldsTheSameAsBefore() {
        String siteId = sites.register("Premium", "2020.3", List.of("PAIE"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(this::allCaughtUp);
        JsonNode before = api.get("acme", "/api/sites/" + siteId + "/history").body();

        Api.Response rebuild = api.post("operator", "/api/admin/read-models/site-history/rebuild", "");

        assertThat(rebuild.status()).isEqualTo(202);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(this::allCaughtUp);
        assertThat(api.get("acme", "/api/sites/" + siteId + "/history").body()).isEqualTo(before);
    }

    @Test
    void rebuildingTheSitesReadModelRebuildsTheCatalogWithIt() {
        sites.publish("2020.4", "2020-06-01");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(this::allCaughtUp);
        JsonNode before = api.get("acme", "/api/versions").body();

        assertThat(api.post("operator", "/api/admin/read-models/sites/rebuild", "").status()).isEqualTo(202);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(this::allCaughtUp);

        assertThat(before).isNotEmpty();
        assertThat(api.get("acme", "/api/versions").body()).isEqualTo(before);
    }

    @Test
    void readsDuringARebuildWaitRatherThanMissTheSite() throws Exception {
        String siteId = sites.register("Premium", "2020.3", List.of("PAIE"));
        sites.awaitSite("client", siteId, site -> true);
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        List<Future<Set<Integer>>> statuses = new ArrayList<>();
        for (int reader = 0; reader < 4; reader++) {
            statuses.add(readers.submit(() -> {
                Set<Integer> seen = new TreeSet<>();
                while (rebuilding.get()) {
                    seen.add(api.get("client", "/api/sites/" + siteId).status());
                }
                return seen;
            }));
        }
        try {
            for (int rebuild = 0; rebuild < 5; rebuild++) {
                assertThat(api.post("operator", "/api/admin/read-models/sites/rebuild", "").status()).isEqualTo(202);
                Awaitility.await().atMost(Duration.ofSeconds(60)).until(this::allCaughtUp);
            }
        } finally {
            rebuilding.set(false);
            readers.shutdown();
        }
        for (Future<Set<Integer>> seen : statuses) {
            assertThat(seen.get()).isSubsetOf(200, 503);
        }
    }

    /** Eight operators press "rebuild" at once: one rebuild runs, the others hear that it does. */
    @Test
    void aRebuildAskedForWhileOneRunsIsRefused() throws Exception {
        String siteId = sites.register("Premium", "2020.3", List.of("PAIE"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(this::allCaughtUp);
        JsonNode siteBefore = api.get("acme", "/api/sites/" + siteId).body();
        JsonNode historyBefore = api.get("acme", "/api/sites/" + siteId + "/history").body();

        for (String readModel : List.of("sites", "site-history")) {
            List<Api.Response> answers = rebuildAtOnce(readModel, 8);

            assertThat(answers).extracting(Api.Response::status).as(answers.toString())
                    .containsOnly(202, 409).contains(202, 409);
            assertThat(answers).filteredOn(answer -> answer.status() == 409)
                    .allSatisfy(answer -> {
                        assertThat(answer.code()).isEqualTo("REBUILD_IN_PROGRESS");
                        assertThat(answer.contentType()).startsWith("application/problem+json");
                    });
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(this::allCaughtUp);
        }

        assertThat(api.get("acme", "/api/sites/" + siteId).body()).isEqualTo(siteBefore);
        assertThat(api.get("acme", "/api/sites/" + siteId + "/history").body()).isEqualTo(historyBefore);
        assertThat(api.post("operator", "/api/admin/read-models/sites/rebuild", "").status()).isEqualTo(202);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(this::allCaughtUp);
    }

    private List<Api.Response> rebuildAtOnce(String readModel, int operators) throws Exception {
        List<Callable<Api.Response>> rebuilds = new ArrayList<>();
        for (int operator = 0; operator < operators; operator++) {
            rebuilds.add(() -> api.post("operator", "/api/admin/read-models/" + readModel + "/rebuild", ""));
        }
        return AtOnce.send(rebuilds);
    }

    @Test
    void onlyTheOperatorAdministersReadModels() {
        assertThat(api.get("acme", "/api/admin/read-models").code()).isEqualTo("FORBIDDEN");
        assertThat(api.post("acme", "/api/admin/read-models/sites/rebuild", "").code()).isEqualTo("FORBIDDEN");
        Api.Response unknown = api.post("operator", "/api/admin/read-models/nothing/rebuild", "");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("READ_MODEL_NOT_FOUND");
    }
}
