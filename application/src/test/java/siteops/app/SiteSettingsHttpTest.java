package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Modify, end to end: PATCH /api/sites/{id} with a JSON merge patch of the site's settings. */
class SiteSettingsHttpTest extends ApplicationTest {

    private Api.Response patch(String user, String site, String body) {
        return api.patch(user, "/api/sites/" + site, body, Map.of());
    }

    @Test
    void aPatchChangesTheSettingsItNamesOnceAndAPatchThatChangesNothingStoresNothing() {
        String site = sites.register("Premium", "2020.3", List.of("A"));

        Api.Response modified = patch("acme", site, "{\"timeZone\": \"Europe/Brussels\", \"siteAdministration\": false}");
        assertThat(modified.status()).as(modified.toString()).isEqualTo(200);
        assertThat(modified.body().path("siteId").asText()).isEqualTo(site);
        assertThat(modified.body().path("timeZone").asText()).isEqualTo("Europe/Brussels");
        assertThat(modified.body().path("siteAdministration").asBoolean()).isFalse();
        assertThat(modified.body().path("plan").asText()).isEqualTo("Normal");
        long revision = modified.body().path("revision").asLong();
        assertThat(modified.header("ETag")).isEqualTo("\"" + revision + "\"");

        JsonNode detail = sites.awaitSite("client", site, s -> s.path("timeZone").asText().equals("Europe/Brussels"));
        assertThat(detail.path("siteAdministration").asBoolean()).isFalse();

        Api.Response unchanged = patch("acme", site, "{\"timeZone\": \"Europe/Brussels\"}");
        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(unchanged.body().path("revision").asLong()).isEqualTo(revision);
        assertThat(patch("operator", site, "{}").body().path("revision").asLong()).isEqualTo(revision);
        assertThat(Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sites.historyTypes("acme", site),
                types -> types.contains("SiteSettingsChanged"))).filteredOn("SiteSettingsChanged"::equals).hasSize(1);
    }

    @Test
    void aLockedSiteMayBeModifiedAClientMayNotModifyAndAStaleETagChangesNothing() {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        api.post("acme", "/api/sites/" + site + "/lock", "{\"reason\": \"audit\"}");

        assertThat(patch("acme", site, "{\"plan\": \"Gold\"}").status()).isEqualTo(200);
        Api.Response byClient = patch("client", site, "{\"plan\": \"Silver\"}");
        assertThat(byClient.status()).isEqualTo(403);
        assertThat(patch("globex", site, "{\"plan\": \"Silver\"}").code()).isEqualTo("SITE_NOT_FOUND");
        Api.Response stale = api.patch("acme", "/api/sites/" + site, "{\"plan\": \"Silver\"}",
                Map.of("If-Match", "\"0\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("CONCURRENT_MODIFICATION");
        assertThat(sites.awaitSite("acme", site, s -> s.path("plan").asText().equals("Gold"))
                .path("status").asText()).isEqualTo("Locked");
    }

    @Test
    void aPatchRetriedWithItsKeyIsAnsweredAgainAndTheKeyServesNoOtherPatch() {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        Map<String, String> key = Map.of("Idempotency-Key", "patch-" + site);

        Api.Response first = api.patch("acme", "/api/sites/" + site, "{\"plan\": \"Gold\"}", key);
        Api.Response retry = api.patch("acme", "/api/sites/" + site, "{\"plan\": \"Gold\"}", key);
        Api.Response other = api.patch("acme", "/api/sites/" + site, "{\"plan\": \"Silver\"}", key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        // The history follows the events: read once it shows the change.
        List<String> history = Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> sites.historyTypes("acme", site), types -> types.contains("SiteSettingsChanged"));
        assertThat(history).filteredOn("SiteSettingsChanged"::equals).hasSize(1);
    }

    @Test
    void badPatchesAre400sAndOtherMediaTypes415() {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        for (String body : List.of("[]", "\"plan\"", "{\"name\": \"X\"}", "{\"plan\": null}", "{\"plan\": \"\"}",
                "{\"plan\": \" Gold\"}", "{\"plan\": 5}", "{\"timeZone\": \"Europe/Atlantis\"}",
                "{\"siteAdministration\": \"yes\"}", "{\"plan\": \"A\", \"plan\": \"B\"}", "{\"plan\": \"A\"} {}",
                "{\"plan\": \"" + "x".repeat(101) + "\"}")) {
            Api.Response invalid = patch("acme", site, body);
            assertThat(invalid.status()).as(body + " " + invalid).isEqualTo(400);
            assertThat(invalid.code()).isEqualTo("INVALID_REQUEST");
            assertThat(invalid.contentType()).contains("application/problem+json");
        }
        Api.Response asJson = api.send(api.request("acme", "/api/sites/" + site)
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"plan\": \"Gold\"}")));
        assertThat(asJson.status()).isEqualTo(415);
        assertThat(asJson.body().path("detail").asText()).contains("application/merge-patch+json");
        assertThat(api.get("acme", "/api/sites/" + site).body().path("plan").asText()).isEqualTo("Normal");
    }
}
