package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Back up, end to end: BackingUp with users still connected, then back; the backups of a site as records. */
class BackupHttpTest extends ApplicationTest {

    private Api.Response backUp(String user, String site, String body) {
        return api.post(user, "/api/sites/" + site + "/backups", body);
    }

    private JsonNode awaitBackup(String location, String state) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("acme", location).body(), backup -> backup.path("state").asText().equals(state));
    }

    @Test
    void aBackupIsTakenOnlineAndRecordsWhatItIsOf() {
        String site = sites.register("Premium", "2020.3", List.of("A", "B"));

        Api.Response accepted = backUp("client", site, "{\"label\": \"before year end\"}");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String backupId = accepted.body().path("backupId").asText();
        assertThat(accepted.header("Location")).isEqualTo("/api/sites/" + site + "/backups/" + backupId);
        assertThat(accepted.body().path("state").asText()).isEqualTo("PENDING");
        assertThat(accepted.body().path("kind").asText()).isEqualTo("MANUAL");

        JsonNode backingUp = sites.awaitSite("client", site, s -> s.path("status").asText().equals("BackingUp"));
        assertThat(backingUp.path("connectionsAllowed").asBoolean()).isTrue();
        assertThat(backingUp.path("currentOperation").path("kind").asText()).isEqualTo("BACK_UP");

        JsonNode completed = awaitBackup(accepted.header("Location"), "COMPLETED");
        assertThat(completed.path("version").asText()).isEqualTo("2020.3");
        assertThat(completed.path("edition").asText()).isEqualTo("Premium");
        assertThat(completed.path("companies").toString()).isEqualTo("[\"A\",\"B\"]");
        assertThat(completed.path("label").asText()).isEqualTo("before year end");
        assertThat(completed.path("requestedBy").asText()).isEqualTo("client");
        assertThat(completed.path("completedAt").asText()).endsWith("Z");
        JsonNode ready = sites.awaitSite("client", site, s -> s.path("status").asText().equals("Ready"));
        assertThat(ready.path("currentOperation").isNull()).isTrue();

        assertThat(backUp("acme", site, "").status()).isEqualTo(202);
        JsonNode page = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> api.get("client", "/api/sites/" + site + "/backups").body(),
                        backups -> backups.path("totalItems").asInt() == 2);
        assertThat(page.path("items").get(1).path("backupId").asText()).isEqualTo(backupId);
        JsonNode operation = api.get("acme", "/api/sites/" + site + "/operations/" + backupId).body();
        assertThat(operation.path("kind").asText()).isEqualTo("BACK_UP");
        assertThat(operation.path("state").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aFailedBackupChangesNothingAndALockedSiteStaysLocked() {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        api.post("acme", "/api/sites/" + site + "/lock", "{\"reason\": \"audit\"}");
        assertThat(api.post("operator", "/api/simulator/faults",
                "{\"siteId\": \"" + site + "\", \"kind\": \"BACK_UP\", \"reason\": \"backup volume full\"}").status())
                .isEqualTo(201);

        Api.Response accepted = backUp("acme", site, "");
        JsonNode failed = awaitBackup(accepted.header("Location"), "FAILED");
        assertThat(failed.path("failure").asText()).isEqualTo("backup volume full");
        sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Locked"));
        JsonNode operation = api.get("acme", "/api/sites/" + site + "/operations/"
                + accepted.body().path("backupId").asText()).body();
        assertThat(operation.path("state").asText()).isEqualTo("FAILED");
        assertThat(operation.path("failure").path("step").asText()).isEqualTo("BACK_UP");
    }

    @Test
    void anUnknownBackupAForeignSiteABadLabelAndABackupDuringABackupAreRefused() {
        String site = sites.register("Premium", "2020.3", List.of("A"));

        assertThat(api.get("acme", "/api/sites/" + site + "/backups/nope").code()).isEqualTo("BACKUP_NOT_FOUND");
        assertThat(api.get("globex", "/api/sites/" + site + "/backups").code()).isEqualTo("SITE_NOT_FOUND");
        assertThat(backUp("globex", site, "").code()).isEqualTo("SITE_NOT_FOUND");
        assertThat(backUp("acme", site, "{\"label\": \" padded\"}").status()).isEqualTo(400);
        assertThat(backUp("acme", site, "{\"label\": \"x\", \"other\": 1}").status()).isEqualTo(400);
        assertThat(backUp("acme", site, "").status()).isEqualTo(202);
        Api.Response second = backUp("acme", site, "");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().path("siteStatus").asText()).isEqualTo("BackingUp");
    }
}
