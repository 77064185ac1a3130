package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;
import siteops.app.testing.Sites;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application stops in the middle of an update and starts again on the same data: the read
 * models are rebuilt without duplicates, and the update cut short carries on to its end.
 */
class RestartTest {

    private static ConfigurableApplicationContext start(Path dataDir, String conversionTime) {
        return new SpringApplicationBuilder(SiteopsApplication.class).run(
                "--server.port=0",
                "--siteops.data-dir=" + dataDir,
                "--siteops.demo.enabled=false",
                "--siteops.simulator.conversion-time=" + conversionTime,
                "--siteops.update.conversion-timeout=PT30S");
    }

    private static Api apiOf(ConfigurableApplicationContext context) {
        return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    @Test
    void anUpdateCutShortByAStopCompletesAfterTheRestartAndNothingIsDuplicated() {
        Path dataDir = ApplicationTest.newDataDir();
        String siteId;
        String progress;
        try (ConfigurableApplicationContext first = start(dataDir, "PT1S")) {
            Sites sites = new Sites(apiOf(first));
            sites.createDemoOrganisations();
            sites.publish("2021.3", "2021-12-08");
            siteId = sites.register("Premium", "2020.3", List.of("BIJOU", "GESCOM", "PAIE"));
            Api.Response accepted = sites.requestUpdate("acme", siteId, "2021.3");
            assertThat(accepted.status()).isEqualTo(202);
            progress = accepted.header("Location");
            sites.awaitUpdate("acme", progress, update -> update.path("companiesConverted").asInt() == 1);
        }

        try (ConfigurableApplicationContext second = start(dataDir, "PT1S")) {
            Api api = apiOf(second);
            Sites sites = new Sites(api);

            JsonNode update = sites.awaitUpdate("acme", progress, u -> u.path("phase").asText().equals("COMPLETED"));
            assertThat(update.path("companiesConverted").asInt()).isEqualTo(3);
            JsonNode site = sites.awaitSite("acme", siteId, s -> s.path("status").asText().equals("Ready"));
            assertThat(site.path("version").asText()).isEqualTo("2021.3");
            assertThat(sites.historyTypes("acme", siteId)).containsExactly("SiteRegistered", "UpdateRequested",
                    "BackupRequested", "BackupStarted", "BackupCompleted", "UpdateStarted", "CompanyConverted",
                    "CompanyConverted", "CompanyConverted", "UpdateCompleted");
            assertThat(api.get("operator", "/api/versions").body().findValuesAsText("version"))
                    .containsOnlyOnce("2021.3");
        }
    }
}
