package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;
import siteops.app.testing.Sites;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** With no agent at all, an update times out on its pre-update backup and ends rolled back, nothing converted. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "siteops.demo.enabled=false",
        "siteops.simulator.enabled=false",
        "siteops.update.conversion-timeout=PT1S",
        "siteops.backup.timeout=PT1S"
})
class NoConversionAgentTest {

    private static final Path DATA_DIR = ApplicationTest.newDataDir();

    @LocalServerPort
    private int port;

    private Api api;
    private Sites sites;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("siteops.data-dir", DATA_DIR::toString);
    }

    @BeforeEach
    void connect() {
        api = new Api(port);
        sites = new Sites(api);
        sites.createDemoOrganisations();
    }

    @Test
    void aBackupThatNeverReportsBackTimesOutAndTheSiteRollsBack() {
        sites.publish("2021.3", "2021-12-08");
        String siteId = sites.register("Premium", "2020.3", List.of("BIJOU", "GESCOM"));

        Api.Response accepted = sites.requestUpdate("acme", siteId, "2021.3");

        JsonNode update = sites.awaitUpdate("acme", accepted.header("Location"),
                u -> u.path("phase").asText().equals("ROLLED_BACK"));
        assertThat(update.path("failure").path("company").isNull()).isTrue();
        assertThat(update.path("failure").path("reason").asText())
                .isEqualTo("the backup before the update failed: the agent did not report within PT1S");
        assertThat(update.path("companiesConverted").asInt()).isZero();
        assertThat(update.path("restoredFromBackupId").isNull()).isTrue();
        JsonNode site = sites.awaitSite("acme", siteId, s -> s.path("status").asText().equals("Ready"));
        assertThat(site.path("version").asText()).isEqualTo("2020.3");
        JsonNode history = api.get("acme", "/api/sites/" + siteId + "/history").body().path("items");
        assertThat(history.findValuesAsText("actor")).as("who caused each step, timeout included")
                .containsOnly("operator", "acme");
        assertThat(history.get(0).path("type").asText()).isEqualTo("UpdateRolledBack");
        assertThat(history.get(0).path("actor").asText()).isEqualTo("acme");
    }

    @Test
    void theSimulatorsFaultRoutesAreAbsent() {
        assertThat(api.post("operator", "/api/simulator/faults", "{\"siteId\": \"s\", \"company\": \"c\"}").status())
                .isEqualTo(404);
        assertThat(api.delete("operator", "/api/simulator/faults").status()).isEqualTo(404);
    }
}
