package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;
import siteops.app.testing.Sites;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Repair, end to end: Repairing then Ready; a failed repair leaves Fault, and a repair brings the site back. */
class RepairHttpTest extends ApplicationTest {

    private Api.Response repair(String user, String site) {
        return api.post(user, "/api/sites/" + site + "/repairs", "");
    }

    @Test
    void aRepairRedeploysTheSiteWhileNobodyConnectsAndEndsReady() {
        String site = sites.register("Premium", "2020.3", List.of("A"));

        Api.Response accepted = repair("acme", site);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        String operationId = accepted.body().path("operationId").asText();
        assertThat(accepted.header("Location")).isEqualTo("/api/sites/" + site + "/operations/" + operationId);
        assertThat(accepted.body().path("kind").asText()).isEqualTo("REPAIR");
        assertThat(accepted.body().path("state").asText()).isEqualTo("QUEUED");
        assertThat(accepted.body().path("requestedBy").asText()).isEqualTo("acme");

        JsonNode repairing = sites.awaitSite("client", site, s -> s.path("status").asText().equals("Repairing"));
        assertThat(repairing.path("connectionsAllowed").asBoolean()).isFalse();
        assertThat(repairing.path("currentOperation").path("operationId").asText()).isEqualTo(operationId);
        assertThat(Sites.texts(repairing.path("allowedOperations"))).isEmpty();

        JsonNode ready = sites.awaitSite("client", site, s -> s.path("status").asText().equals("Ready"));
        assertThat(ready.path("currentOperation").isNull()).isTrue();
        JsonNode operation = api.get("client", accepted.header("Location")).body();
        assertThat(operation.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(operation.path("stepsDone").asInt()).isEqualTo(1);
        assertThat(sites.historyTypes("acme", site))
                .contains("RepairRequested", "RepairStarted", "RepairCompleted");
    }

    @Test
    void aRepairDoesNotLiftALock() {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        api.post("acme", "/api/sites/" + site + "/lock", "{\"reason\": \"audit\"}");

        Api.Response accepted = repair("acme", site);
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("acme", accepted.header("Location")).body().path("state").asText().equals("SUCCEEDED"));
        JsonNode locked = sites.awaitSite("client", site, s -> s.path("status").asText().equals("Locked"));
        assertThat(locked.path("connectionsAllowed").asBoolean()).isFalse();
    }

    @Test
    void aFailedRepairLeavesFaultAndARepairIsTheWayOut() {
        sites.publish("2021.3", "2021-12-08");
        String site = sites.register("Premium", "2020.3", List.of("A"));
        Api.Response fault = api.post("operator", "/api/simulator/faults",
                "{\"siteId\": \"" + site + "\", \"kind\": \"REPAIR\", \"reason\": \"disk error\"}");
        assertThat(fault.status()).as(fault.toString()).isEqualTo(201);

        String failedId = repair("operator", site).body().path("operationId").asText();
        JsonNode inFault = sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Fault"));
        assertThat(inFault.path("connectionsAllowed").asBoolean()).isFalse();
        assertThat(Sites.texts(inFault.path("allowedOperations")))
                .containsExactly("REPAIR", "RESTORE_BACKUP", "MANAGE_BACKUPS");
        assertThat(api.get("client", "/api/sites/" + site + "/access").body().path("reason").asText())
                .isEqualTo("FAULT");
        JsonNode failed = api.get("acme", "/api/sites/" + site + "/operations/" + failedId).body();
        assertThat(failed.path("state").asText()).isEqualTo("FAILED");
        assertThat(failed.path("failure").path("step").asText()).isEqualTo("REPAIR");
        assertThat(failed.path("failure").path("reason").asText()).isEqualTo("disk error");
        Api.Response update = sites.requestUpdate("acme", site, "2021.3");
        assertThat(update.code()).isEqualTo("SITE_NOT_READY");
        assertThat(Sites.texts(update.body().path("allowedOperations")))
                .containsExactly("REPAIR", "RESTORE_BACKUP", "MANAGE_BACKUPS");

        assertThat(repair("acme", site).status()).isEqualTo(202);
        sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Ready"));
        assertThat(sites.requestUpdate("acme", site, "2021.3").status()).isEqualTo(202);
    }

    @Test
    void aClientMayNotRepairAnotherPartnerDoesNotSeeTheSiteAndASecondRepairWaitsForTheFirst() {
        String site = sites.register("Premium", "2020.3", List.of("A"));

        assertThat(repair("client", site).code()).isEqualTo("FORBIDDEN");
        assertThat(repair("globex", site).code()).isEqualTo("SITE_NOT_FOUND");
        assertThat(api.post("operator", "/api/simulator/faults",
                "{\"siteId\": \"" + site + "\", \"kind\": \"REPAIR\", \"company\": \"A\"}").status()).isEqualTo(400);
        assertThat(repair("acme", site).status()).isEqualTo(202);
        Api.Response second = repair("acme", site);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("SITE_NOT_READY");
        assertThat(second.body().path("siteStatus").asText()).isEqualTo("Repairing");
    }
}
