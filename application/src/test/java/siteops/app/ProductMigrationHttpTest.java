package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProductMigrationHttpTest extends ApplicationTest {

    private Api.Response migrate(String siteId, String body) {
        return api.post("acme", "/api/sites/" + siteId + "/product-migrations", body);
    }

    @Test
    void essentialsMigratesToPremiumAndKeepsItsVersion() {
        String siteId = sites.register("Essentials", "2020.3", List.of("PAIE"));

        Api.Response migrated = migrate(siteId, "{\"targetEdition\": \"Premium\"}");

        assertThat(migrated.status()).as(migrated.toString()).isEqualTo(200);
        assertThat(migrated.body().path("edition").asText()).isEqualTo("Premium");
        assertThat(migrated.body().path("productLabel").asText()).isEqualTo("Sage 100 Premium");
        assertThat(migrated.body().path("version").asText()).isEqualTo("2020.3");
        assertThat(migrated.header("ETag")).isEqualTo("\"1\"");
        JsonNode site = sites.awaitSite("acme", siteId, s -> s.path("edition").asText().equals("Premium"));
        assertThat(site.path("version").asText()).isEqualTo("2020.3");
        assertThat(site.path("allowedOperations").toString()).doesNotContain("MIGRATE_PRODUCT");
    }

    @Test
    void premiumNeverGoesBackToEssentials() {
        String siteId = sites.register("Premium", "2020.3", List.of());

        Api.Response refused = migrate(siteId, "{\"targetEdition\": \"Essentials\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("DOWNGRADE_NOT_ALLOWED");
    }

    @Test
    void migratingToTheSameEditionIsRefused() {
        String siteId = sites.register("Essentials", "2020.3", List.of());

        Api.Response refused = migrate(siteId, "{\"targetEdition\": \"Essentials\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("SAME_EDITION");
    }

    @Test
    void aMigrationNamingAVersionIsRefusedAndChangesNothing() {
        String siteId = sites.register("Essentials", "2020.3", List.of());

        Api.Response refused = migrate(siteId, "{\"targetEdition\": \"Premium\", \"version\": \"2021.3\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("MIGRATION_CANNOT_CHANGE_VERSION");
        JsonNode site = api.get("acme", "/api/sites/" + siteId).body();
        assertThat(site.path("edition").asText()).isEqualTo("Essentials");
        assertThat(site.path("version").asText()).isEqualTo("2020.3");
    }

    @Test
    void noMigrationWhileAnUpdateIsUnderWay() {
        sites.publish("2021.3", "2021-12-08");
        String siteId = sites.register("Essentials", "2020.3", List.of("PAIE", "GESCOM"));
        assertThat(sites.requestUpdate("acme", siteId, "2021.3").status()).isEqualTo(202);

        Api.Response refused = migrate(siteId, "{\"targetEdition\": \"Premium\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("SITE_NOT_READY");
    }
}
