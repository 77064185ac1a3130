package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import siteops.api.site.SiteIds;
import siteops.app.demo.DemoData;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;
import siteops.app.testing.Sites;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "siteops.demo.enabled=true")
class DemoDataTest {

    private static final Path DATA_DIR = ApplicationTest.newDataDir();
    private static final String SAGE_CS = SiteIds.fromName("SAGE-CS");

    @LocalServerPort
    private int port;

    @Autowired
    private DemoData demoData;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("siteops.data-dir", DATA_DIR::toString);
    }

    @Test
    void theHelpPagesSiteIsThereAsItsClientSeesIt() {
        Api api = new Api(port);
        JsonNode site = new Sites(api).awaitSite("client", SAGE_CS, s -> true);

        assertThat(SAGE_CS).isEqualTo("32234031-7ae1-3f90-b239-0c6793e95a55");
        assertThat(site.path("name").asText()).isEqualTo("SAGE-CS");
        assertThat(site.path("status").asText()).isEqualTo("Ready");
        assertThat(site.path("productLabel").asText()).isEqualTo("Sage 100 Premium");
        assertThat(site.path("version").asText()).isEqualTo("2020.3");
        assertThat(site.path("plan").asText()).isEqualTo("Normal");
        assertThat(site.path("type").asText()).isEqualTo("Staging");
        assertThat(site.path("timeZone").asText()).isEqualTo("Europe/Paris");
        assertThat(site.path("siteAdministration").asBoolean()).isTrue();
        assertThat(site.path("serialNumber").asText()).isEqualTo("H328128");
        assertThat(site.path("partnerId").asText()).isEqualTo("acme");
        assertThat(site.path("companyCount").asInt()).isGreaterThan(1);

        JsonNode dialog = api.get("client", "/api/sites/" + SAGE_CS + "/available-updates").body();
        assertThat(dialog.path("totalItems").asInt()).isEqualTo(1);
        assertThat(dialog.path("items").get(0).path("label").asText()).isEqualTo("2021.3 (Version complète)");
        assertThat(dialog.path("items").get(0).path("releasedOn").asText()).isEqualTo("2021-12-08");

        JsonNode registered = api.get("client", "/api/sites/" + SAGE_CS + "/history").body().path("items").get(0);
        assertThat(registered.path("type").asText()).isEqualTo("SiteRegistered");
        assertThat(registered.path("actor").asText()).isEqualTo("siteops-demo");
    }

    @Test
    void bothPartnersHaveSitesOfBothEditionsAndSeedingAgainAddsNothing() {
        Api api = new Api(port);
        new Sites(api).awaitSite("operator", SiteIds.fromName("INITECH-ESS"), s -> true);
        JsonNode all = api.get("operator", "/api/sites?size=100").body();
        assertThat(all.path("items").findValuesAsText("partnerId")).contains("acme", "globex");
        assertThat(all.path("items").findValuesAsText("edition")).contains("Essentials", "Premium");
        assertThat(api.get("globex", "/api/sites?size=100").body().path("items").findValuesAsText("partnerId"))
                .containsOnly("globex");
        long sites = all.path("totalItems").asLong();

        demoData.seed();

        assertThat(api.get("operator", "/api/sites?size=100").body().path("totalItems").asLong()).isEqualTo(sites);
        assertThat(api.get("operator", "/api/sites/" + SAGE_CS + "/history").body().path("totalItems").asInt())
                .isEqualTo(1);
        assertThat(api.get("operator", "/api/sites/" + SiteIds.fromName("INITECH-AUDIT") + "/history").body()
                .path("totalItems").asInt()).isEqualTo(2);
    }

    @Test
    void thePanelShowsALockedAndASuspendedSiteAndABackup() {
        Sites sites = new Sites(new Api(port));
        JsonNode locked = sites.awaitSite("initech", SiteIds.fromName("INITECH-AUDIT"),
                s -> s.path("status").asText().equals("Locked"));
        assertThat(locked.path("connectionsAllowed").asBoolean()).isFalse();
        JsonNode suspended = sites.awaitSite("acme", SiteIds.fromName("ACME-ARCHIVE"),
                s -> s.path("status").asText().equals("Suspended"));
        assertThat(Sites.texts(suspended.path("allowedOperations"))).contains("RESUME");
        Api api = new Api(port);
        String bistro = SiteIds.fromName("BISTRO-COMPTA");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> api.get("bistro", "/api/sites/" + bistro
                + "/backups").body().path("items").findValuesAsText("state").contains("COMPLETED"));
    }

    @Test
    void oneDemoSiteWentThroughAnUpdateAndKeepsItsPreUpdateBackup() {
        Api api = new Api(port);
        String acmeInterne = SiteIds.fromName("ACME-INTERNE");
        new Sites(api).awaitSite("acme", acmeInterne, s -> s.path("version").asText().equals("2021.3")
                && s.path("status").asText().equals("Ready"));
        JsonNode backup = Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("acme", "/api/sites/" + acmeInterne + "/backups").body().path("items").get(0),
                newest -> newest.path("state").asText().equals("COMPLETED"));
        assertThat(backup.path("kind").asText()).isEqualTo("PRE_UPDATE");
        assertThat(backup.path("version").asText()).isEqualTo("2020.3");
        assertThat(backup.path("expiresAt").asText()).endsWith("Z");
    }
}
