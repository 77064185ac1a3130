package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restore and delete a backup, end to end: Restoring (nobody connects), then back, or Fault; only
 * a completed backup of the version the site runs; a deleted backup stays listed as DELETED.
 */
class RestoreHttpTest extends ApplicationTest {

    private String completedBackup(String site) {
        Api.Response accepted = api.post("acme", "/api/sites/" + site + "/backups", "{\"label\": \"known good\"}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        awaitBackup(site, accepted.body().path("backupId").asText(), "COMPLETED");
        sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Ready"));
        return accepted.body().path("backupId").asText();
    }

    private JsonNode awaitBackup(String site, String backupId, String state) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("acme", "/api/sites/" + site + "/backups/" + backupId).body(),
                        backup -> backup.path("state").asText().equals(state));
    }

    private Api.Response restore(String user, String site, String body) {
        return api.post(user, "/api/sites/" + site + "/restores", body);
    }

    private JsonNode awaitOperation(String location, String state) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("acme", location).body(), operation -> operation.path("state").asText().equals(state));
    }

    @Test
    void aRestoreTakesTheSiteOfflineThenBackToReady() {
        String site = sites.register("Premium", "2020.3", List.of("A", "B"));
        String backupId = completedBackup(site);

        Api.Response accepted = restore("acme", site, "{\"backupId\": \"" + backupId + "\"}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String operationId = accepted.body().path("operationId").asText();
        assertThat(accepted.header("Location")).isEqualTo("/api/sites/" + site + "/operations/" + operationId);
        assertThat(accepted.header("ETag")).isNotNull();
        assertThat(accepted.body().path("kind").asText()).isEqualTo("RESTORE_BACKUP");
        assertThat(accepted.body().path("state").asText()).isEqualTo("QUEUED");
        assertThat(accepted.body().path("details").path("backupId").asText()).isEqualTo(backupId);

        JsonNode restoring = sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Restoring"));
        assertThat(restoring.path("connectionsAllowed").asBoolean()).isFalse();
        assertThat(restoring.path("currentOperation").path("kind").asText()).isEqualTo("RESTORE_BACKUP");

        JsonNode done = awaitOperation(accepted.header("Location"), "SUCCEEDED");
        assertThat(done.path("stepsDone").asInt()).isEqualTo(1);
        assertThat(accepted.body().path("requestedAt").asText()).matches(".*\\.\\d{3}Z");
        assertThat(Duration.between(Instant.parse(accepted.body().path("requestedAt").asText()),
                Instant.parse(done.path("requestedAt").asText())).abs()).isLessThan(Duration.ofSeconds(1));
        assertThat(done.path("requestedBy").asText()).isEqualTo("acme");
        sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Ready"));
    }

    @Test
    void aFailedRestoreLeavesTheSiteInFaultAndARepairBringsItBack() {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        String backupId = completedBackup(site);
        assertThat(api.post("operator", "/api/simulator/faults",
                "{\"siteId\": \"" + site + "\", \"kind\": \"RESTORE\", \"reason\": \"checksum mismatch\"}").status())
                .isEqualTo(201);

        Api.Response accepted = restore("operator", site, "{\"backupId\": \"" + backupId + "\"}");
        JsonNode failed = awaitOperation(accepted.header("Location"), "FAILED");
        assertThat(failed.path("failure").path("step").asText()).isEqualTo("RESTORE");
        assertThat(failed.path("failure").path("reason").asText()).isEqualTo("checksum mismatch");
        JsonNode fault = sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Fault"));
        assertThat(sites.texts(fault.path("allowedOperations")))
                .containsExactly("REPAIR", "RESTORE_BACKUP", "MANAGE_BACKUPS");

        assertThat(api.post("acme", "/api/sites/" + site + "/repairs", "").status()).isEqualTo(202);
        sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Ready"));
    }

    @Test
    void onlyACompletedBackupOfTheVersionTheSiteRunsIsRestored() {
        sites.publish("2021.3", "2021-12-08");
        String site = sites.register("Premium", "2020.3", List.of("A"));
        String backupId = completedBackup(site);
        assertThat(api.post("operator", "/api/simulator/faults",
                "{\"siteId\": \"" + site + "\", \"kind\": \"BACK_UP\", \"reason\": \"volume full\"}").status())
                .isEqualTo(201);
        Api.Response failing = api.post("acme", "/api/sites/" + site + "/backups", "");
        awaitBackup(site, failing.body().path("backupId").asText(), "FAILED");
        api.delete("operator", "/api/simulator/faults");
        sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Ready"));

        Api.Response notCompleted = restore("acme", site, "{\"backupId\": \"" + failing.body().path("backupId").asText()
                + "\"}");
        assertThat(notCompleted.status()).as(notCompleted.toString()).isEqualTo(422);
        assertThat(notCompleted.code()).isEqualTo("BACKUP_NOT_COMPLETED");
        assertThat(restore("acme", site, "{\"backupId\": \"no-such-backup\"}").code()).isEqualTo("BACKUP_NOT_FOUND");

        Api.Response update = sites.requestUpdate("acme", site, "2021.3");
        sites.awaitUpdate("acme", update.header("Location"), u -> u.path("phase").asText().equals("COMPLETED"));
        sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Ready"));
        Api.Response mismatch = restore("acme", site, "{\"backupId\": \"" + backupId + "\"}");
        assertThat(mismatch.status()).isEqualTo(422);
        assertThat(mismatch.code()).isEqualTo("BACKUP_VERSION_MISMATCH");
        assertThat(mismatch.body().path("detail").asText()).contains("2020.3").contains("2021.3");
    }

    @Test
    void badRequestsRolesAndTenancyAreRefused() {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        String backupId = completedBackup(site);
        String body = "{\"backupId\": \"" + backupId + "\"}";

        assertThat(restore("client", site, body).code()).isEqualTo("FORBIDDEN");
        assertThat(restore("globex", site, body).code()).isEqualTo("SITE_NOT_FOUND");
        assertThat(restore("acme", site, "{}").status()).isEqualTo(400);
        assertThat(restore("acme", site, "{\"backupId\": \"" + backupId + "\", \"other\": 1}").status()).isEqualTo(400);
        assertThat(restore("acme", site, "{\"backupId\": ").status()).isEqualTo(400);
        assertThat(restore("acme", site, "").status()).isEqualTo(400);
        Api.Response plainText = api.send(api.request("acme", "/api/sites/" + site + "/restores")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(plainText.status()).isEqualTo(415);
        Api.Response stale = api.post("acme", "/api/sites/" + site + "/restores", body, Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("CONCURRENT_MODIFICATION");
        api.post("acme", "/api/sites/" + site + "/suspend", "{\"reason\": \"unpaid\"}");
        Api.Response suspended = restore("acme", site, body);
        assertThat(suspended.code()).isEqualTo("SITE_NOT_READY");
        assertThat(suspended.body().path("siteStatus").asText()).isEqualTo("Suspended");
    }

    @Test
    void aDeletedBackupStaysListedAsDeletedAndIsNoLongerRestored() {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        String backupId = completedBackup(site);
        String path = "/api/sites/" + site + "/backups/" + backupId;

        assertThat(api.delete("client", path).code()).isEqualTo("FORBIDDEN");
        assertThat(api.delete("globex", path).code()).isEqualTo("SITE_NOT_FOUND");
        assertThat(api.delete("acme", "/api/sites/" + site + "/backups/no-such-backup").code())
                .isEqualTo("BACKUP_NOT_FOUND");
        Api.Response deleted = api.delete("acme", path);
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(deleted.header("ETag")).isNotNull();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> deleted.header("ETag").equals(api.get("acme", "/api/sites/" + site).header("ETag")));
        assertThat(api.delete("acme", path).status()).isEqualTo(204);

        JsonNode backup = awaitBackup(site, backupId, "DELETED");
        assertThat(backup.path("completedAt").asText()).endsWith("Z");
        assertThat(restore("acme", site, "{\"backupId\": \"" + backupId + "\"}").code()).isEqualTo("BACKUP_NOT_COMPLETED");
        JsonNode operations = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("acme", "/api/sites/" + site + "/operations").body(),
                        page -> page.path("items").get(0).path("kind").asText().equals("DELETE_BACKUP"));
        assertThat(operations.path("items").get(0).path("details").path("backupId").asText()).isEqualTo(backupId);
        assertThat(operations.path("items").get(0).path("requestedBy").asText()).isEqualTo("acme");
    }
}
