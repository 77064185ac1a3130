package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/sites/{id}/operations and the site's currentOperation, end to end. */
class SiteOperationsHttpTest extends ApplicationTest {

    @Test
    void everyOperationIsListedNewestFirstAndARunningUpdateIsTheCurrentOperation() {
        sites.publish("2021.3", "2021-12-08");
        String site = sites.register("Premium", "2020.3", List.of("A", "B"));
        api.patch("acme", "/api/sites/" + site, "{\"plan\": \"Gold\"}", Map.of());
        api.post("acme", "/api/sites/" + site + "/lock", "{\"reason\": \"audit\"}");
        api.post("operator", "/api/sites/" + site + "/unlock", "");
        String updateId = sites.requestUpdate("client", site, "2021.3").body().path("updateId").asText();

        JsonNode updating = sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Updating"));
        JsonNode current = updating.path("currentOperation");
        assertThat(current.path("operationId").asText()).isEqualTo(updateId);
        assertThat(current.path("kind").asText()).isEqualTo("UPDATE");
        assertThat(current.path("state").asText()).isEqualTo("RUNNING");
        assertThat(current.path("requestedBy").asText()).isEqualTo("client");
        assertThat(current.path("stepsTotal").asInt()).isEqualTo(3);
        assertThat(current.path("details").path("targetVersion").asText()).isEqualTo("2021.3");

        JsonNode ready = sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Ready")
                && s.path("version").asText().equals("2021.3"));
        assertThat(ready.path("currentOperation").isNull()).isTrue();

        JsonNode page = api.get("client", "/api/sites/" + site + "/operations").body();
        assertThat(page.path("totalItems").asInt()).isEqualTo(4);
        assertThat(page.path("items").findValuesAsText("kind")).containsExactly("UPDATE", "UNLOCK", "LOCK", "MODIFY");
        JsonNode lock = page.path("items").get(2);
        assertThat(lock.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(lock.path("requestedBy").asText()).isEqualTo("acme");
        assertThat(lock.path("details").path("reason").asText()).isEqualTo("audit");
        assertThat(page.path("items").get(3).path("details").path("changes").path("plan").path("after").asText())
                .isEqualTo("Gold");

        JsonNode update = api.get("acme", "/api/sites/" + site + "/operations/" + updateId).body();
        assertThat(update.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(update.path("stepsDone").asInt()).as("its backup and its two companies").isEqualTo(3);
        assertThat(update.path("finishedAt").asText()).endsWith("Z");
    }

    @Test
    void anUnknownOperationAForeignSiteAndABadPageAreRefused() {
        String site = sites.register("Premium", "2020.3", List.of("A"));

        Api.Response unknown = api.get("acme", "/api/sites/" + site + "/operations/nope");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("OPERATION_NOT_FOUND");
        assertThat(api.get("globex", "/api/sites/" + site + "/operations").code()).isEqualTo("SITE_NOT_FOUND");
        assertThat(api.get("acme", "/api/sites/" + site + "/operations?page=0").status()).isEqualTo(400);
        assertThat(api.get("acme", "/api/sites/" + site + "/operations?size=x").status()).isEqualTo(400);
        assertThat(api.get("acme", "/api/sites/" + site + "/operations").body().path("totalItems").asInt()).isZero();
    }
}
