package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The update with its backup, end to end: a failed pre-update backup ends the update before any
 * conversion; a rollback whose restore fails leaves the site in Fault, from which restoring the
 * pre-update backup brings it back.
 */
class UpdateWithBackupHttpTest extends ApplicationTest {

    private void fault(String site, String kind, String company, String reason) {
        String subject = company == null ? "" : ", \"company\": \"" + company + "\"";
        Api.Response fault = api.post("operator", "/api/simulator/faults", "{\"siteId\": \"" + site
                + "\", \"kind\": \"" + kind + "\"" + subject + ", \"reason\": \"" + reason + "\"}");
        assertThat(fault.status()).as(fault.toString()).isEqualTo(201);
    }

    @Test
    void aFailedPreUpdateBackupEndsTheUpdateBeforeAnyConversion() {
        sites.publish("2021.3", "2021-12-08");
        String site = sites.register("Premium", "2020.3", List.of("A", "B"));
        fault(site, "BACK_UP", null, "backup volume full");

        Api.Response accepted = sites.requestUpdate("acme", site, "2021.3");
        JsonNode update = sites.awaitUpdate("acme", accepted.header("Location"),
                u -> u.path("phase").asText().equals("ROLLED_BACK"));
        assertThat(update.path("companiesConverted").asInt()).isZero();
        assertThat(update.path("failure").path("company").isNull()).isTrue();
        assertThat(update.path("failure").path("reason").asText()).contains("backup volume full");
        assertThat(update.path("restoredFromBackupId").isNull()).isTrue();

        JsonNode ready = sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Ready"));
        assertThat(ready.path("version").asText()).isEqualTo("2020.3");
        JsonNode backup = api.get("acme", "/api/sites/" + site + "/backups/"
                + update.path("preUpdateBackupId").asText()).body();
        assertThat(backup.path("kind").asText()).isEqualTo("PRE_UPDATE");
        assertThat(backup.path("state").asText()).isEqualTo("FAILED");
        JsonNode operation = api.get("acme", "/api/sites/" + site + "/operations/"
                + update.path("updateId").asText()).body();
        assertThat(operation.path("state").asText()).isEqualTo("FAILED");
        assertThat(operation.path("failure").path("step").asText()).isEqualTo("BACK_UP");
        assertThat(sites.historyTypes("acme", site)).doesNotContain("UpdateStarted", "CompanyConverted");
    }

    @Test
    void aRollbackWhoseRestoreFailsLeavesTheSiteInFaultUntilABackupIsRestored() {
        sites.publish("2021.3", "2021-12-08");
        String site = sites.register("Premium", "2020.3", List.of("A", "B"));
        fault(site, "CONVERT_COMPANY", "B", "disk full");
        fault(site, "RESTORE", null, "backup volume unreachable");

        Api.Response accepted = sites.requestUpdate("acme", site, "2021.3");
        JsonNode update = sites.awaitUpdate("acme", accepted.header("Location"),
                u -> u.path("phase").asText().equals("ROLLBACK_FAILED"));
        String backupId = update.path("preUpdateBackupId").asText();
        assertThat(backupId).isNotEmpty();
        JsonNode fault = sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Fault"));
        assertThat(fault.path("connectionsAllowed").asBoolean()).isFalse();
        assertThat(fault.path("currentUpdate").isNull()).isTrue();
        assertThat(fault.path("version").asText()).isEqualTo("2020.3");
        assertThat(fault.path("companies").findValuesAsText("version")).as("A was converted before B failed")
                .containsExactly("2021.3", "2020.3");
        JsonNode operation = api.get("acme", "/api/sites/" + site + "/operations/"
                + update.path("updateId").asText()).body();
        assertThat(operation.path("state").asText()).isEqualTo("FAILED");
        assertThat(operation.path("details").path("rollbackFailure").asText()).isEqualTo("backup volume unreachable");
        assertThat(api.get("acme", "/api/sites/" + site + "/access").body().path("reason").asText()).isEqualTo("FAULT");

        assertThat(api.delete("operator", "/api/simulator/faults").status()).isEqualTo(204);
        Api.Response restore = api.post("acme", "/api/sites/" + site + "/restores",
                "{\"backupId\": \"" + backupId + "\"}");
        assertThat(restore.status()).as(restore.toString()).isEqualTo(202);
        JsonNode ready = sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Ready"));
        assertThat(ready.path("version").asText()).isEqualTo("2020.3");
        assertThat(ready.path("companies").findValuesAsText("version")).containsOnly("2020.3");
    }
}
