package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A partner sees its own and its clients' sites, a client only its own; the rest does not exist for them. */
class TenancyTest extends ApplicationTest {

    @Autowired
    @Qualifier("siteCache")
    private Cache siteCache;

    private String clientSite;
    private String bistroSite;
    private String globexSite;

    @BeforeEach
    void threeTenants() {
        sites.publish("2021.3", "2021-12-08");
        clientSite = sites.register("Premium", "2020.3", List.of("A"), "acme", "client");
        bistroSite = sites.register("Essentials", "2020.3", List.of("B"), "acme", "bistro");
        globexSite = sites.register("Premium", "2020.3", List.of("C"), "globex", "initech");
    }

    /**
     * Whether the user's site list holds the site. The list is filtered by the site's serial
     * number, so that the sites other test classes created do not push it off the page.
     */
    private boolean listed(String user, String siteId) {
        String serial = api.get("operator", "/api/sites/" + siteId).body().path("serialNumber").asText();
        return api.get(user, "/api/sites?q=" + serial).body().path("items").findValuesAsText("siteId").contains(siteId);
    }

    @Test
    void aClientSeesOnlyItsOwnSites() {
        assertThat(listed("client", clientSite)).isTrue();
        assertThat(listed("client", bistroSite)).isFalse();
        assertThat(listed("client", globexSite)).isFalse();
        assertThat(api.get("client", "/api/sites/" + bistroSite).status()).isEqualTo(404);
        assertThat(api.get("client", "/api/sites/" + bistroSite).code()).isEqualTo("SITE_NOT_FOUND");
        assertThat(api.get("client", "/api/sites/" + bistroSite + "/history").status()).isEqualTo(404);
        assertThat(api.get("client", "/api/sites/" + bistroSite + "/available-updates").status()).isEqualTo(404);
    }

    @Test
    void aClientCannotActOnAnotherClientsSite() {
        Api.Response update = sites.requestUpdate("client", bistroSite, "2021.3");
        Api.Response migration = api.post("client", "/api/sites/" + bistroSite + "/product-migrations",
                "{\"targetEdition\": \"Premium\"}");

        assertThat(update.status()).isEqualTo(404);
        assertThat(update.code()).isEqualTo("SITE_NOT_FOUND");
        assertThat(migration.status()).isEqualTo(404);
        assertThat(api.get("operator", "/api/sites/" + bistroSite).body().path("status").asText()).isEqualTo("Ready");
    }

    @Test
    void aPartnerSeesItsClientsSitesButNeverAnotherPartners() {
        assertThat(listed("acme", clientSite)).isTrue();
        assertThat(listed("acme", bistroSite)).isTrue();
        assertThat(listed("acme", globexSite)).isFalse();
        assertThat(listed("globex", globexSite)).isTrue();
        assertThat(listed("globex", clientSite)).isFalse();
        assertThat(listed("globex", bistroSite)).isFalse();
        assertThat(api.get("acme", "/api/sites/" + globexSite).status()).isEqualTo(404);
        assertThat(sites.requestUpdate("globex", clientSite, "2021.3").status()).isEqualTo(404);
    }

    /**
     * Refused alike, and by the same path: the site another partner may not see stays in the
     * command side's cache, as a missing site is never read either (a refusal used to evict it,
     * so that the next command read its whole history again, and took measurably longer).
     */
    @Test
    void aCommandOnAnotherPartnersSiteIsRefusedAsOnAMissingSite() {
        String missingSite = UUID.randomUUID().toString();
        for (String route : List.of("/updates", "/product-migrations")) {
            String body = route.equals("/updates") ? "{\"targetVersion\": \"2021.3\"}" : "{\"targetEdition\": \"Premium\"}";
            Api.Response foreign = api.post("globex", "/api/sites/" + clientSite + route, body);
            Api.Response missing = api.post("globex", "/api/sites/" + missingSite + route, body);

            assertThat(foreign.status()).as(route).isEqualTo(missing.status()).isEqualTo(404);
            assertThat(foreign.code()).isEqualTo("SITE_NOT_FOUND");
            assertThat(foreign.body().toString().replace(clientSite, "{id}"))
                    .isEqualTo(missing.body().toString().replace(missingSite, "{id}"));
            assertThat(foreign.body().path("detail").asText()).isEqualTo("no site " + clientSite);
            assertThat(siteCache.containsKey(clientSite)).as(route).isTrue();
        }
    }

    @Test
    void aPartnerCannotTakeAnotherPartnersClientOrTheOtherPartnerItselfOrAClientThatDoesNotExist() {
        for (String clientId : List.of("initech", "globex", "newcomer")) {
            Api.Response refused = api.post("acme", "/api/sites", ("{\"name\": \"TAKE-%1$s\", \"product\": \"Sage 100\", "
                    + "\"edition\": \"Premium\", \"version\": \"2020.3\", \"plan\": \"Normal\", \"type\": \"Staging\", "
                    + "\"timeZone\": \"Europe/Paris\", \"siteAdministration\": true, \"serialNumber\": \"TAKE-%1$s\", "
                    + "\"partnerId\": \"acme\", \"clientId\": \"%1$s\", \"companies\": []}").formatted(clientId));
            assertThat(refused.status()).as(clientId).isEqualTo(422);
            assertThat(refused.code()).isEqualTo("CLIENT_NOT_FOUND");
        }
    }

    @Test
    void theOperatorAndTheAuditorSeeEverySiteAndTheAuditorChangesNothing() {
        for (String site : List.of(clientSite, bistroSite, globexSite)) {
            assertThat(listed("operator", site)).isTrue();
            assertThat(listed("auditor", site)).isTrue();
            assertThat(api.get("auditor", "/api/sites/" + site + "/operations").status()).isEqualTo(200);
            assertThat(api.get("auditor", "/api/sites/" + site + "/history").status()).isEqualTo(200);
        }
        JsonNode seen = api.get("auditor", "/api/sites/" + globexSite).body();
        assertThat(seen.path("allowedOperations")).isEmpty();
        Api.Response update = sites.requestUpdate("auditor", globexSite, "2021.3");
        assertThat(update.status()).isEqualTo(403);
        assertThat(update.code()).isEqualTo("FORBIDDEN");
        assertThat(api.post("auditor", "/api/sites/" + globexSite + "/backups", "").code()).isEqualTo("FORBIDDEN");
        assertThat(api.post("auditor", "/api/organisations",
                "{\"organisationId\": \"audited\", \"name\": \"Audited\", \"kind\": \"PARTNER\"}").status())
                .isEqualTo(403);
        assertThat(api.get("auditor", "/api/organisations/globex").status()).isEqualTo(200);
    }

    @Test
    void theListIsPagedSortedByNameAndFiltered() {
        Api.Response page = api.get("operator", "/api/sites?size=2&page=1&edition=Essentials");
        assertThat(page.body().path("page").asInt()).isEqualTo(1);
        assertThat(page.body().path("size").asInt()).isEqualTo(2);
        long total = page.body().path("totalItems").asLong();
        assertThat(page.body().path("totalPages").asInt()).isEqualTo((int) ((total + 1) / 2));
        assertThat(page.body().path("items").findValuesAsText("edition")).containsOnly("Essentials");

        List<String> names = api.get("operator", "/api/sites?size=100").body().path("items").findValuesAsText("name");
        assertThat(names).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

        String serial = api.get("operator", "/api/sites/" + bistroSite).body().path("serialNumber").asText();
        Api.Response bySerial = api.get("operator", "/api/sites?q=" + serial.toLowerCase());
        assertThat(bySerial.body().path("items").findValuesAsText("siteId")).containsExactly(bistroSite);
        assertThat(api.get("operator", "/api/sites?q=.*").body().path("totalItems").asInt()).isZero();
    }
}
