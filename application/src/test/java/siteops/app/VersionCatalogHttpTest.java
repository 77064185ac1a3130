package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class VersionCatalogHttpTest extends ApplicationTest {

    @Test
    void aPublishedVersionIsInTheCatalogOnce() {
        String body = "{\"product\": \"Sage 100\", \"version\": \"2031.04\", \"releasedOn\": \"2031-04-01\", "
                + "\"kind\": \"PATCH\"}";

        Api.Response published = api.post("operator", "/api/versions", body);
        Api.Response again = api.post("operator", "/api/versions", body.replace("2031.04", "2031.4"));

        assertThat(published.status()).isEqualTo(201);
        assertThat(published.body().path("version").asText()).isEqualTo("2031.4");
        assertThat(published.body().path("label").asText()).isEqualTo("2031.4 (Correctif)");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("VERSION_ALREADY_PUBLISHED");
        sites.publish("2031.4", "2031-04-01");
        JsonNode catalog = api.get("acme", "/api/versions?product=Sage%20100").body();
        assertThat(catalog.findValuesAsText("version").stream().filter("2031.4"::equals)).hasSize(1);
    }

    @Test
    void theUpdateDialogListsNewerVersionsNewestFirstTenAPage() {
        String siteId = sites.register("Premium", "2040.1", List.of());
        for (int minor = 2; minor <= 13; minor++) {
            sites.publish("2040." + minor, "2040-01-" + String.format("%02d", minor));
        }
        sites.publish("2039.9", "2039-09-01");

        JsonNode first = api.get("client", "/api/sites/" + siteId + "/available-updates").body();
        JsonNode second = api.get("client", "/api/sites/" + siteId + "/available-updates?page=2").body();

        assertThat(first.path("totalItems").asInt()).isEqualTo(12);
        assertThat(first.path("totalPages").asInt()).isEqualTo(2);
        assertThat(first.path("size").asInt()).isEqualTo(10);
        assertThat(first.path("items").findValuesAsText("version"))
                .containsExactly("2040.13", "2040.12", "2040.11", "2040.10", "2040.9", "2040.8", "2040.7",
                        "2040.6", "2040.5", "2040.4");
        assertThat(second.path("items").findValuesAsText("version")).containsExactly("2040.3", "2040.2");
        assertThat(first.path("items").get(0).path("label").asText()).isEqualTo("2040.13 (Version complète)");
        assertThat(first.path("items").get(0).path("releasedOn").asText()).isEqualTo("2040-01-13");
    }

    @Test
    void labelsFollowAcceptLanguageFrenchByDefaultAndTimeZonesComeWithTheirPortalLabel() {
        sites.publish("2021.3", "2021-12-08");
        String site = sites.register("Premium", "2020.3", List.of("A"));
        String dialog = "/api/sites/" + site + "/available-updates?size=100";

        assertThat(labelOf(api.get("acme", dialog))).isEqualTo("2021.3 (Version complète)");
        Api.Response inEnglish = api.send(api.request("acme", dialog).header("Accept-Language", "en-GB,en;q=0.8"));
        assertThat(labelOf(inEnglish)).isEqualTo("2021.3 (Full version)");
        assertThat(inEnglish.header("Content-Language")).isEqualTo("en");
        assertThat(inEnglish.raw().headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Accept-Language"));
        assertThat(api.get("acme", dialog).header("Content-Language")).isEqualTo("fr");
        assertThat(labelOf(api.send(api.request("acme", dialog).header("Accept-Language", "de, fr;q=0.5"))))
                .isEqualTo("2021.3 (Version complète)");
        assertThat(api.send(api.request("acme", "/api/versions").header("Accept-Language", "en")).body()
                .findValuesAsText("label")).contains("2021.3 (Full version)");

        JsonNode detail = api.get("acme", "/api/sites/" + site).body();
        assertThat(detail.path("timeZone").asText()).isEqualTo("Europe/Paris");
        assertThat(detail.path("timeZoneLabel").asText()).isEqualTo("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris");
        assertThat(api.get("acme", "/api/sites?q=" + detail.path("name").asText()).body().path("items").path(0)
                .path("timeZoneLabel").asText()).isEqualTo("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris");
    }

    @Test
    void problemTitlesFollowAcceptLanguageFrenchByDefault() {
        String unknown = "/api/sites/" + UUID.randomUUID();
        assertThat(api.get("acme", unknown).body().path("title").asText()).isEqualTo("Site introuvable");
        assertThat(api.send(api.request("acme", unknown).header("Accept-Language", "en-US")).body().path("title")
                .asText()).isEqualTo("Site not found");
        assertThat(api.send(api.request(null, unknown).header("Accept-Language", "en")).body().path("title")
                .asText()).as("also from the security filters").isEqualTo("Unauthenticated");
        assertThat(api.get(null, unknown).body().path("title").asText()).isEqualTo("Authentification requise");
    }

    private static String labelOf(Api.Response dialog) {
        return dialog.body().path("items").findValuesAsText("label").stream()
                .filter(label -> label.startsWith("2021.3 ")).findFirst().orElseThrow();
    }
}
