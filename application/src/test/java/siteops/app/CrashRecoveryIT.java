package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;
import siteops.app.testing.PackagedApplication;
import siteops.app.testing.ReadModels;
import siteops.app.testing.Sites;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application, killed with SIGKILL in the middle of two updates and right after
 * confirming a registration, then started again on the same data.
 */
class CrashRecoveryIT {

    private static final List<String> COMPANIES = List.of("A", "B", "C", "D", "E");

    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        processes.forEach(Process::destroyForcibly);
    }

    private Process start(Path dataDir, int port) {
        Process process = PackagedApplication.start(dataDir, port, "application-" + processes.size(), List.of());
        processes.add(process);
        return process;
    }

    /** The packaged application started on a data directory of its own, with the demo users' organisations. */
    private record Fresh(Path dataDir, int port, Api api, Sites sites, Process process) {
    }

    private Fresh startFresh() {
        Path dataDir = ApplicationTest.newDataDir();
        int port = PackagedApplication.freePort();
        Api api = new Api(port);
        Process process = start(dataDir, port);
        Sites sites = new Sites(api);
        sites.createDemoOrganisations();
        return new Fresh(dataDir, port, api, sites, process);
    }

    @Test
    void aKillLosesNothingConfirmedAndEveryUpdateStillEnds() throws Exception {
        Fresh fresh = startFresh();
        Path dataDir = fresh.dataDir();
        int port = fresh.port();
        Api api = fresh.api();
        Sites sites = fresh.sites();
        Process first = fresh.process();
        String updatedFirst = sites.register("Premium", "2020.3", COMPANIES);
        String updatedSecond = sites.register("Essentials", "2020.3", COMPANIES);
        sites.publish("2021.3", "2021-12-08");
        assertThat(sites.requestUpdate("acme", updatedFirst, "2021.3").status()).isEqualTo(202);
        assertThat(sites.requestUpdate("acme", updatedSecond, "2021.3").status()).isEqualTo(202);
        sites.awaitSite("acme", updatedFirst, site -> site.path("currentUpdate").path("companiesConverted").asInt() >= 1);
        Api.Response confirmed = api.post("operator", "/api/sites", """
                {"name": "CONFIRMED-JUST-BEFORE", "product": "Sage 100", "edition": "Premium", "version": "2020.3",
                 "plan": "Normal", "type": "Staging", "timeZone": "Europe/Paris", "siteAdministration": true,
                 "serialNumber": "K-1", "partnerId": "acme", "clientId": "client", "companies": ["A"]}
                """);
        assertThat(confirmed.status()).isEqualTo(201);
        first.destroyForcibly().waitFor();

        start(dataDir, port);

        String confirmedSite = confirmed.body().path("siteId").asText();
        JsonNode survivor = Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            Api.Response read = api.get("acme", "/api/sites/" + confirmedSite);
            assertThat(read.status()).as("a confirmed registration is never lost").isNotEqualTo(404);
            return read.status() == 200 ? read.body() : null;
        }, site -> site != null);
        assertThat(survivor.path("name").asText()).isEqualTo("CONFIRMED-JUST-BEFORE");
        for (String siteId : List.of(updatedFirst, updatedSecond)) {
            JsonNode site = sites.awaitSite("acme", siteId, s -> s.path("status").asText().equals("Ready"));
            assertThat(site.path("version").asText()).isIn("2020.3", "2021.3");
            JsonNode history = api.get("acme", "/api/sites/" + siteId + "/history?size=100").body();
            List<Long> sequences = history.path("items").findValues("sequence").stream().map(JsonNode::asLong).toList();
            assertThat(new HashSet<>(sequences)).as("no event shows twice").hasSize(sequences.size());
            assertThat(history.path("items").get(0).path("type").asText()).isIn("UpdateCompleted", "UpdateRolledBack");
        }
    }

    /**
     * The read models kept in their file across a kill -9 in the middle of their writes (sites
     * registered in batches, updates converting) hold, once caught up, exactly what a rebuild from
     * the events makes of them.
     */
    @Test
    void readModelsKeptAcrossAKillAreWhatARebuildMakes() throws Exception {
        Fresh fresh = startFresh();
        Path dataDir = fresh.dataDir();
        int port = fresh.port();
        Api api = fresh.api();
        Sites sites = fresh.sites();
        Process first = fresh.process();
        sites.publish("2021.3", "2021-12-08");
        List<String> updated = new ArrayList<>();
        for (int site = 0; site < 4; site++) {
            updated.add(sites.register("Premium", "2020.3", COMPANIES));
        }
        updated.forEach(site -> assertThat(sites.requestUpdate("acme", site, "2021.3").status()).isEqualTo(202));
        for (int batch = 0; batch < 6; batch++) {
            StringBuilder registrations = new StringBuilder("{\"sites\": [");
            for (int site = 0; site < 100; site++) {
                String name = "KILLED-" + batch + "-" + site;
                registrations.append(site == 0 ? "" : ",").append("""
                        {"name": "%1$s", "product": "Sage 100", "edition": "Essentials", "version": "2020.3",
                         "plan": "Normal", "type": "Staging", "timeZone": "Europe/Paris", "siteAdministration": false,
                         "serialNumber": "SN-%1$s", "partnerId": "acme", "clientId": "client", "companies": ["A"]}
                        """.formatted(name));
            }
            assertThat(api.post("operator", "/api/site-registrations", registrations.append("]}").toString()).status())
                    .isEqualTo(201);
        }
        first.destroyForcibly().waitFor();

        start(dataDir, port);
        updated.forEach(site -> sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Ready")));
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> ReadModels.caughtUp(api));
        JsonNode kept = ReadModels.everything(api, updated);
        for (String readModel : List.of("sites", "site-history")) {
            assertThat(api.post("operator", "/api/admin/read-models/" + readModel + "/rebuild", "").status())
                    .isEqualTo(202);
            Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> ReadModels.caughtUp(api));
        }

        assertThat(kept.path("sites").size()).isEqualTo(604);
        assertThat(ReadModels.everything(api, updated)).isEqualTo(kept);
    }

    /** How a test of a kill -9 in the middle of an operation asks for the operation, on a site of its own. */
    private interface OperationRequest {
        Api.Response ask(Api api, Sites sites, String site);
    }

    /** What such a test looks at after the restart: the site, and the answer to the operation's request. */
    private record AfterTheKill(Api api, Sites sites, String site, Api.Response requested) {
    }

    /**
     * A new process, a site, the operation asked for on it (202), the process killed -9 once the
     * operation runs, and a new process on the same data.
     */
    private AfterTheKill killWhileRunning(OperationRequest operation) throws Exception {
        Fresh fresh = startFresh();
        Path dataDir = fresh.dataDir();
        int port = fresh.port();
        Api api = fresh.api();
        Sites sites = fresh.sites();
        Process first = fresh.process();
        String site = sites.register("Premium", "2020.3", COMPANIES);
        Api.Response requested = operation.ask(api, sites, site);
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        sites.awaitSite("acme", site, s -> s.path("currentOperation").path("state").asText().equals("RUNNING"));
        first.destroyForcibly().waitFor();
        start(dataDir, port);
        return new AfterTheKill(api, sites, site, requested);
    }

    /** The operation succeeded, once, and the site is Ready with nothing running. */
    private static void assertEndedOnce(AfterTheKill killed, String completedEvent) {
        JsonNode ended = killed.sites().awaitSite("acme", killed.site(), s -> s.path("status").asText().equals("Ready"));
        assertThat(ended.path("currentOperation").isNull()).isTrue();
        JsonNode operation = killed.api().get("acme", killed.requested().header("Location")).body();
        assertThat(operation.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(killed.sites().historyTypes("acme", killed.site())).filteredOn(completedEvent::equals).hasSize(1);
    }

    /** A kill -9 while a backup is taken: after the restart the agent's job runs, and the backup ends. */
    @Test
    void aKillInTheMiddleOfABackupLeavesTheBackupToEnd() throws Exception {
        AfterTheKill killed = killWhileRunning((api, sites, site) ->
                api.post("client", "/api/sites/" + site + "/backups", "{\"label\": \"nightly\"}"));

        killed.sites().awaitSite("acme", killed.site(), s -> s.path("status").asText().equals("Ready"));
        JsonNode taken = Awaitility.await().atMost(Duration.ofSeconds(60)).until(
                () -> killed.api().get("acme", killed.requested().header("Location")).body(),
                b -> b.path("state").asText().equals("COMPLETED"));
        assertThat(taken.path("companies").size()).isEqualTo(COMPANIES.size());
        assertThat(killed.sites().historyTypes("acme", killed.site())).filteredOn("BackupCompleted"::equals)
                .hasSize(1);
    }

    /** A kill -9 while a restore runs: after the restart the agent's job runs, and the restore ends. */
    @Test
    void aKillInTheMiddleOfARestoreLeavesTheRestoreToEnd() throws Exception {
        AfterTheKill killed = killWhileRunning((api, sites, site) -> {
            Api.Response backup = api.post("acme", "/api/sites/" + site + "/backups", "");
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> api.get("acme", backup.header("Location"))
                    .body().path("state").asText().equals("COMPLETED"));
            sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Ready"));
            return api.post("acme", "/api/sites/" + site + "/restores",
                    "{\"backupId\": \"" + backup.body().path("backupId").asText() + "\"}");
        });

        assertEndedOnce(killed, "RestoreCompleted");
    }

    /** A kill -9 while a repair runs: after the restart the agent's job runs, and the repair ends. */
    @Test
    void aKillInTheMiddleOfARepairLeavesTheRepairToEnd() throws Exception {
        AfterTheKill killed = killWhileRunning((api, sites, site) ->
                api.post("acme", "/api/sites/" + site + "/repairs", ""));

        assertEndedOnce(killed, "RepairCompleted");
    }

    /**
     * Keyed update requests cut short by the kill, at whatever instant each was: retried with the
     * same keys after the restart, each is one update, and answers as that update (never "in
     * progress" for longer than a lease, never "not newer" for an update that committed).
     */
    @Test
    void aRetryWithTheSameKeyAfterAKillAnswersTheUpdateThatCommittedOrRunsItNow() throws Exception {
        Fresh fresh = startFresh();
        Path dataDir = fresh.dataDir();
        int port = fresh.port();
        Api api = fresh.api();
        Sites sites = fresh.sites();
        Process first = fresh.process();
        sites.publish("2021.3", "2021-12-08");
        List<String> siteIds = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            siteIds.add(sites.register("Premium", "2020.3", List.of("A")));
        }
        Map<String, String> keys = new LinkedHashMap<>();
        siteIds.forEach(siteId -> keys.put(siteId, UUID.randomUUID().toString()));

        ExecutorService clients = Executors.newFixedThreadPool(8);
        CountDownLatch someAnswered = new CountDownLatch(6);
        for (String siteId : siteIds) {
            clients.submit(() -> {
                try {
                    requestUpdate(api, siteId, keys.get(siteId));
                    someAnswered.countDown();
                } catch (RuntimeException cutShort) {
                    // the kill: this request's fate is what the retry must tell
                }
            });
        }
        assertThat(someAnswered.await(60, TimeUnit.SECONDS)).isTrue();
        first.destroyForcibly().waitFor();
        clients.shutdownNow();

        start(dataDir, port);

        for (String siteId : siteIds) {
            Api.Response retry = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> requestUpdate(api, siteId, keys.get(siteId)),
                            answer -> !"REQUEST_IN_PROGRESS".equals(answer.code()));
            assertThat(retry.status()).as(retry.toString()).isEqualTo(202);
            String updateId = retry.body().path("updateId").asText();
            JsonNode requested = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                    requestedUpdates(api, siteId), found -> !found.isEmpty()).get(0);
            assertThat(requestedUpdates(api, siteId)).as("one update for one key").hasSize(1);
            assertThat(requested.path("details").path("updateId").asText()).isEqualTo(updateId);
        }
    }

    private static Api.Response requestUpdate(Api api, String siteId, String key) {
        return api.post("acme", "/api/sites/" + siteId + "/updates", "{\"targetVersion\": \"2021.3\"}",
                Map.of("Idempotency-Key", key));
    }

    private static List<JsonNode> requestedUpdates(Api api, String siteId) {
        List<JsonNode> requested = new ArrayList<>();
        api.get("acme", "/api/sites/" + siteId + "/history?size=100").body().path("items").forEach(entry -> {
            if (entry.path("type").asText().equals("UpdateRequested")) {
                requested.add(entry);
            }
        });
        return requested;
    }
}
