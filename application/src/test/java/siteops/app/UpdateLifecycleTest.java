package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;
import siteops.app.testing.Sites;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateLifecycleTest extends ApplicationTest {

    private static final List<String> COMPANIES = List.of("BIJOU", "GESCOM", "PAIE");

    @Autowired
    private EventStore eventStore;

    @BeforeEach
    void catalog() {
        sites.publish("2021.3", "2021-12-08");
    }

    @Test
    void aFullUpdateGoesFromUpdateToUpdatingToReadyOnTheNewVersion() {
        String siteId = sites.register("Premium", "2020.3", COMPANIES);

        Api.Response accepted = sites.requestUpdate("acme", siteId, "2021.3");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        assertThat(accepted.body().path("status").asText()).isEqualTo("Update");
        assertThat(accepted.body().path("siteId").asText()).isEqualTo(siteId);
        String updateId = accepted.body().path("updateId").asText();
        String location = accepted.header("Location");
        assertThat(location).isEqualTo("/api/sites/" + siteId + "/updates/" + updateId);

        JsonNode updating = sites.awaitSite("acme", siteId, site -> site.path("status").asText().equals("Updating"));
        assertThat(updating.path("connectionsAllowed").asBoolean()).isFalse();
        assertThat(updating.path("currentUpdate").path("phase").asText()).isIn("BACKING_UP", "CONVERTING");
        assertThat(updating.path("allowedOperations")).isEmpty();

        JsonNode ready = sites.awaitSite("acme", siteId, site -> site.path("status").asText().equals("Ready"));
        assertThat(ready.path("version").asText()).isEqualTo("2021.3");
        assertThat(ready.path("connectionsAllowed").asBoolean()).isTrue();
        assertThat(ready.path("currentUpdate").isNull()).isTrue();
        assertThat(ready.path("companies").findValuesAsText("version")).containsOnly("2021.3");

        JsonNode update = api.get("acme", location).body();
        assertThat(update.path("phase").asText()).isEqualTo("COMPLETED");
        assertThat(update.path("fromVersion").asText()).isEqualTo("2020.3");
        assertThat(update.path("targetVersion").asText()).isEqualTo("2021.3");
        assertThat(update.path("companiesTotal").asInt()).isEqualTo(3);
        assertThat(update.path("companiesConverted").asInt()).isEqualTo(3);
        assertThat(update.path("failure").isNull()).isTrue();
        assertThat(update.path("finishedAt").asText()).endsWith("Z");
        String backupId = update.path("preUpdateBackupId").asText();
        assertThat(update.path("restoredFromBackupId").isNull()).isTrue();
        JsonNode backup = api.get("acme", "/api/sites/" + siteId + "/backups/" + backupId).body();
        assertThat(backup.path("kind").asText()).isEqualTo("PRE_UPDATE");
        assertThat(backup.path("state").asText()).isEqualTo("COMPLETED");
        assertThat(backup.path("version").asText()).isEqualTo("2020.3");
        assertThat(backup.path("expiresAt").asText()).endsWith("Z");
        JsonNode operation = api.get("acme", "/api/sites/" + siteId + "/operations/" + updateId).body();
        assertThat(operation.path("stepsTotal").asInt()).isEqualTo(4);
        assertThat(operation.path("stepsDone").asInt()).isEqualTo(4);
        assertThat(operation.path("details").path("preUpdateBackupId").asText()).isEqualTo(backupId);

        assertThat(awaitHistory(siteId, 10)).containsExactly("SiteRegistered", "UpdateRequested", "BackupRequested",
                "BackupStarted", "BackupCompleted", "UpdateStarted", "CompanyConverted", "CompanyConverted",
                "CompanyConverted", "UpdateCompleted");
        JsonNode newest = api.get("acme", "/api/sites/" + siteId + "/history?size=1").body().path("items").get(0);
        assertThat(newest.path("actor").asText()).isEqualTo("acme");
        assertThat(newest.path("occurredAt").asText()).endsWith("Z");
        assertThat(newest.path("summary").asText()).contains("2021.3");
        assertThat(newest.path("type").asText()).isEqualTo("UpdateCompleted");
        assertThat(newest.path("details").path("version").asText()).isEqualTo("2021.3");
        assertThat(newest.path("details").path("fromVersion").asText()).isEqualTo("2020.3");
        assertThat(newest.path("details").has("siteId")).isFalse();
    }

    @Test
    void aFailedConversionRollsTheWholeSiteBackOnItsVersion() {
        String siteId = sites.register("Premium", "2020.3", COMPANIES);
        Api.Response fault = api.post("operator", "/api/simulator/faults",
                "{\"siteId\": \"" + siteId + "\", \"company\": \"GESCOM\", \"reason\": \"disk full\"}");
        assertThat(fault.status()).as(fault.toString()).isEqualTo(201);

        Api.Response accepted = sites.requestUpdate("client", siteId, "2021.3");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);

        JsonNode update = sites.awaitUpdate("client", accepted.header("Location"),
                u -> u.path("phase").asText().equals("ROLLED_BACK"));
        assertThat(update.path("failure").path("company").asText()).isEqualTo("GESCOM");
        assertThat(update.path("failure").path("reason").asText()).isEqualTo("disk full");
        assertThat(update.path("companiesConverted").asInt()).isEqualTo(1);
        assertThat(update.path("restoredFromBackupId").asText()).isEqualTo(update.path("preUpdateBackupId").asText())
                .isNotEmpty();

        JsonNode site = sites.awaitSite("client", siteId, s -> s.path("status").asText().equals("Ready"));
        assertThat(site.path("version").asText()).isEqualTo("2020.3");
        assertThat(site.path("companies").findValuesAsText("version")).containsOnly("2020.3");
        assertThat(site.path("connectionsAllowed").asBoolean()).isTrue();
        assertThat(Sites.texts(site.path("allowedOperations"))).containsExactly("UPDATE", "BACK_UP");

        assertThat(awaitHistory(siteId, 13)).containsExactly("SiteRegistered", "UpdateRequested", "BackupRequested",
                "BackupStarted", "BackupCompleted", "UpdateStarted", "CompanyConverted", "CompanyConversionFailed",
                "RestoreRequested", "RestoreStarted", "RestoreCompleted", "CompanyRestored", "UpdateRolledBack");
    }

    @Test
    void aSecondUpdateRequestIsRefusedWhileTheFirstIsPendingOrRunning() {
        String siteId = sites.register("Premium", "2020.3", COMPANIES);
        assertThat(sites.requestUpdate("acme", siteId, "2021.3").status()).isEqualTo(202);

        Api.Response second = sites.requestUpdate("acme", siteId, "2021.3");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("SITE_NOT_READY");
        assertThat(second.contentType()).startsWith("application/problem+json");
    }

    @Test
    void ofTwentyConcurrentUpdateRequestsOnOneSiteExactlyOneIsAccepted() throws Exception {
        String siteId = sites.register("Premium", "2020.3", COMPANIES);
        int requests = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Api.Response>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                Callable<Api.Response> request = () -> {
                    start.await();
                    return sites.requestUpdate("acme", siteId, "2021.3");
                };
                answers.add(clients.submit(request));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Response> answer : answers) {
                Api.Response response = answer.get();
                statuses.add(response.status());
                if (response.status() != 202) {
                    assertThat(response.code()).isEqualTo("SITE_NOT_READY");
                }
            }
            assertThat(statuses).containsOnly(202, 409);
            assertThat(statuses.stream().filter(status -> status == 202).count()).isEqualTo(1);
        } finally {
            clients.shutdownNow();
        }
        sites.awaitSite("acme", siteId, site -> site.path("version").asText().equals("2021.3"));
        assertThat(awaitHistory(siteId, 7).stream().filter("UpdateRequested"::equals).count()).isEqualTo(1);
    }

    @Test
    void aSiteWithoutCompaniesUpdatesItsApplicationsOnly() {
        String siteId = sites.register("Essentials", "2020.3", List.of());

        assertThat(sites.requestUpdate("acme", siteId, "2021.3").status()).isEqualTo(202);

        JsonNode site = sites.awaitSite("acme", siteId, s -> s.path("version").asText().equals("2021.3"));
        assertThat(site.path("status").asText()).isEqualTo("Ready");
        assertThat(awaitHistory(siteId, 7)).containsExactly("SiteRegistered", "UpdateRequested", "BackupRequested",
                "BackupStarted", "BackupCompleted", "UpdateStarted", "UpdateCompleted");
    }

    @Test
    void theTargetMustBeANewerPublishedVersion() {
        String siteId = sites.register("Premium", "2020.3", COMPANIES);

        Api.Response older = sites.requestUpdate("acme", siteId, "2019.1");
        Api.Response same = sites.requestUpdate("acme", siteId, "2020.3");
        Api.Response unpublished = sites.requestUpdate("acme", siteId, "2099.1");

        assertThat(older.status()).isEqualTo(422);
        assertThat(older.code()).isEqualTo("VERSION_NOT_NEWER");
        assertThat(same.code()).isEqualTo("VERSION_NOT_NEWER");
        assertThat(unpublished.status()).isEqualTo(422);
        assertThat(unpublished.code()).isEqualTo("VERSION_NOT_AVAILABLE");
    }

    @Test
    void everyEventOfTheUpdateCarriesTheRequestsActorAndCorrelationId() {
        String siteId = sites.register("Premium", "2020.3", COMPANIES);

        Api.Response accepted = api.post("client", "/api/sites/" + siteId + "/updates",
                "{\"targetVersion\": \"2021.3\"}", Map.of("X-Correlation-Id", "portal-request-42"));

        assertThat(accepted.header("X-Correlation-Id")).isEqualTo("portal-request-42");
        sites.awaitSite("client", siteId, site -> site.path("version").asText().equals("2021.3"));
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(siteId).asStream().toList();
        assertThat(events).hasSize(10);
        for (DomainEventMessage<?> event : events.subList(1, events.size())) {
            assertThat(event.getMetaData()).as(event.getPayloadType().getSimpleName())
                    .containsEntry("actor", "client")
                    .containsEntry("actorRole", "CLIENT")
                    .containsEntry("correlationId", "portal-request-42")
                    .containsKey("causationId");
        }
    }

    @Test
    void companiesWithTheLongestNamesAreConvertedToo() {
        String longName = "C".repeat(100);
        String siteId = sites.register("Premium", "2020.3", List.of(longName, "D" + longName.substring(1)));

        assertThat(sites.requestUpdate("acme", siteId, "2021.3").status()).isEqualTo(202);

        sites.awaitSite("acme", siteId, site -> site.path("version").asText().equals("2021.3"));
    }

    @Test
    void aMigrationIsNoWayToUpdate() {
        String siteId = sites.register("Essentials", "2020.3", List.of());
        Api.Response refused = api.post("acme", "/api/sites/" + siteId + "/product-migrations",
                "{\"targetEdition\": \"Premium\", \"targetVersion\": \"2021.3\"}");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("MIGRATION_CANNOT_CHANGE_VERSION");
    }

    private List<String> awaitHistory(String siteId, int entries) {
        return Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> sites.historyTypes("acme", siteId), types -> types.size() >= entries);
    }
}
