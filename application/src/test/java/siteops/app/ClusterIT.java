package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;
import siteops.app.testing.PackagedApplication;
import siteops.app.testing.ReadModels;
import siteops.app.testing.Sites;
import siteops.app.testing.StandaloneReadModelServer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three processes of the packaged application on one PostgreSQL and one read-model server (each
 * in a process of its own), as operators run siteops on several machines: an update wave asked of
 * all three, the first killed with SIGKILL in the middle of it. The others take over its segments
 * and its scheduled work: every update ends, no company is converted twice, no event is lost or
 * stored twice, and the read models the processes wrote together are what a rebuild makes: one
 * asked of one survivor and made by both, then one asked of the other, which is killed at once.
 */
class ClusterIT {

    private static final List<String> COMPANIES = List.of("A", "B", "C", "D");
    private static final int SITES = 24;

    private final List<Process> processes = new ArrayList<>();
    private EmbeddedPostgres events;

    @AfterEach
    void stopEverything() throws Exception {
        processes.forEach(Process::destroyForcibly);
        if (events != null) {
            events.close();
        }
    }

    @Test
    void anUpdateWaveEndsWhenANodeIsKilledInTheMiddleOfIt() throws Exception {
        Path dir = ApplicationTest.newDataDir();
        events = EmbeddedPostgres.builder().start();
        int readModelPort = PackagedApplication.freePort();
        processes.add(PackagedApplication.startJava(StandaloneReadModelServer.class, dir.resolve("read-models.log"),
                String.valueOf(readModelPort)));
        List<String> shared = List.of(
                "--spring.datasource.url=" + events.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--siteops.mongodb.uri=mongodb://127.0.0.1:" + readModelPort);
        List<Api> nodes = new ArrayList<>();
        List<Process> nodeProcesses = new ArrayList<>();
        for (int node = 0; node < 3; node++) {
            int port = PackagedApplication.freePort();
            List<String> settings = new ArrayList<>(shared);
            settings.add("--siteops.node.id=node-" + node);
            Process process = PackagedApplication.start(dir.resolve("node-" + node), port, "node-" + node, settings);
            processes.add(process);
            nodeProcesses.add(process);
            nodes.add(new Api(port));
        }
        Sites onFirst = new Sites(nodes.get(0));
        onFirst.createDemoOrganisations();
        onFirst.publish("2021.3", "2021-12-08");
        List<String> siteIds = new ArrayList<>();
        for (int site = 0; site < SITES; site++) {
            siteIds.add(new Sites(nodes.get(site % 3)).register("Premium", "2020.3", COMPANIES));
        }

        for (int site = 0; site < SITES; site++) {
            Api.Response requested = new Sites(nodes.get(site % 3)).requestUpdate("acme", siteIds.get(site), "2021.3");
            assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> siteIds.stream().anyMatch(site ->
                new Sites(nodes.get(1)).historyTypes("acme", site).contains("CompanyConverted")));
        nodeProcesses.get(0).destroyForcibly().waitFor();

        Api survivor = nodes.get(1);
        Map<String, JsonNode> ended = new HashMap<>();
        for (String site : siteIds) {
            ended.put(site, Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                    .until(() -> survivor.get("acme", "/api/sites/" + site).body(),
                            s -> s.path("status").asText().equals("Ready") && s.path("currentUpdate").isNull()));
        }
        for (String site : siteIds) {
            List<JsonNode> history = new ArrayList<>();
            survivor.get("acme", "/api/sites/" + site + "/history?size=100").body().path("items").forEach(history::add);
            List<Long> sequences = history.stream().map(entry -> entry.path("sequence").asLong()).sorted().toList();
            assertThat(sequences).as("every event of %s once, none missing", site)
                    .isEqualTo(LongStream.rangeClosed(0, sequences.get(sequences.size() - 1)).boxed().toList());
            List<String> types = history.stream().map(entry -> entry.path("type").asText()).toList();
            assertThat(types.get(0)).isIn("UpdateCompleted", "UpdateRolledBack");
            List<String> converted = history.stream()
                    .filter(entry -> entry.path("type").asText().equals("CompanyConverted"))
                    .map(entry -> entry.path("details").path("company").asText()).toList();
            assertThat(converted).as("no company of %s converted twice", site).doesNotHaveDuplicates();
            String version = types.get(0).equals("UpdateCompleted") ? "2021.3" : "2020.3";
            assertThat(ended.get(site).path("version").asText()).isEqualTo(version);
        }

        Api other = nodes.get(2);
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> ReadModels.caughtUp(survivor) && ReadModels.caughtUp(other));
        JsonNode kept = ReadModels.everything(survivor, siteIds);
        assertThat(kept.path("sites").size()).isEqualTo(SITES);
        assertThat(ReadModels.everything(other, siteIds)).isEqualTo(kept);

        Api.Response rebuild = survivor.post("operator", "/api/admin/read-models/site-history/rebuild", "");
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        Awaitility.await().atMost(Duration.ofSeconds(120))
                .until(() -> ReadModels.caughtUp(survivor) && ReadModels.caughtUp(other));
        assertThat(ReadModels.everything(survivor, siteIds)).isEqualTo(kept);
        assertThat(ReadModels.everything(other, siteIds)).isEqualTo(kept);

        rebuild = other.post("operator", "/api/admin/read-models/sites/rebuild", "");
        assertThat(rebuild.status()).as(rebuild.toString()).isEqualTo(202);
        nodeProcesses.get(2).destroyForcibly().waitFor();
        Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> ReadModels.caughtUp(survivor));
        assertThat(ReadModels.everything(survivor, siteIds)).isEqualTo(kept);
    }
}
