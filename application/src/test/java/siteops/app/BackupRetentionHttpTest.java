package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retention, end to end, with short limits: the newest two manual backups are kept, a pre-update
 * backup for three seconds; and a backup a restore is using (a restore of five seconds here) is
 * not deleted.
 */
@TestPropertySource(properties = {
        "siteops.backups.retention.manual=2",
        "siteops.backups.retention.pre-update=PT3S",
        "siteops.simulator.restore-time=PT5S"
})
class BackupRetentionHttpTest extends ApplicationTest {

    private String completedBackup(String site) {
        Api.Response accepted = api.post("acme", "/api/sites/" + site + "/backups", "");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String backupId = accepted.body().path("backupId").asText();
        awaitBackup(site, backupId, "COMPLETED");
        sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Ready"));
        return backupId;
    }

    private JsonNode awaitBackup(String site, String backupId, String state) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("acme", "/api/sites/" + site + "/backups/" + backupId).body(),
                        backup -> backup.path("state").asText().equals(state));
    }

    @Test
    void aThirdManualBackupLetsTheOldestGo() {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        String first = completedBackup(site);
        String second = completedBackup(site);
        String third = completedBackup(site);

        JsonNode expired = awaitBackup(site, first, "DELETED");
        assertThat(Instant.parse(expired.path("expiresAt").asText()))
                .isAfterOrEqualTo(Instant.parse(expired.path("completedAt").asText()));
        assertThat(api.get("acme", "/api/sites/" + site + "/backups/" + second).body().path("state").asText())
                .isEqualTo("COMPLETED");
        assertThat(api.get("acme", "/api/sites/" + site + "/backups/" + third).body().path("state").asText())
                .isEqualTo("COMPLETED");
        assertThat(sites.historyTypes("acme", site)).contains("BackupDeleted");
        assertThat(api.get("acme", "/api/sites/" + site + "/operations").body().path("items")
                .findValuesAsText("kind")).doesNotContain("DELETE_BACKUP");
    }

    @Test
    void aPreUpdateBackupIsDeletedOnceItsRetentionHasRunOut() {
        sites.publish("2021.3", "2021-12-08");
        String site = sites.register("Premium", "2020.3", List.of("A"));
        Api.Response accepted = sites.requestUpdate("acme", site, "2021.3");
        JsonNode update = sites.awaitUpdate("acme", accepted.header("Location"),
                u -> u.path("phase").asText().equals("COMPLETED"));
        String backupId = update.path("preUpdateBackupId").asText();

        JsonNode deleted = awaitBackup(site, backupId, "DELETED");
        assertThat(Duration.between(Instant.parse(deleted.path("completedAt").asText()),
                Instant.parse(deleted.path("expiresAt").asText()))).isBetween(Duration.ofSeconds(2),
                Duration.ofSeconds(4));
    }

    @Test
    void aBackupBeingRestoredIsInUse() {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        String backupId = completedBackup(site);
        String other = completedBackup(site);
        assertThat(api.post("acme", "/api/sites/" + site + "/restores", "{\"backupId\": \"" + backupId + "\"}")
                .status()).isEqualTo(202);

        Api.Response inUse = api.delete("acme", "/api/sites/" + site + "/backups/" + backupId);
        assertThat(inUse.status()).as(inUse.toString()).isEqualTo(409);
        assertThat(inUse.code()).isEqualTo("BACKUP_IN_USE");
        Api.Response busy = api.delete("acme", "/api/sites/" + site + "/backups/" + other);
        assertThat(busy.code()).isEqualTo("SITE_NOT_READY");
        assertThat(busy.body().path("siteStatus").asText()).isEqualTo("Restoring");

        sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Ready"));
        assertThat(api.delete("acme", "/api/sites/" + site + "/backups/" + backupId).status()).isEqualTo(204);
    }
}
