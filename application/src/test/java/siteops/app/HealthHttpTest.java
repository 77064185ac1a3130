package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Health shows each part of the service: the event store, the read models and their store, each processor. */
class HealthHttpTest extends ApplicationTest {

    @Test
    void everyoneSeesThePartsAndTheirStatus() {
        await().until(() -> api.get(null, "/actuator/health").status() == 200);

        JsonNode health = api.get(null, "/actuator/health").body();

        assertThat(health.path("status").asText()).isEqualTo("UP");
        for (String part : new String[] {"eventStore", "readModels", "readModelStore", "processors"}) {
            assertThat(health.path("components").path(part).path("status").asText()).as(part).isEqualTo("UP");
        }
        assertThat(health.path("components").path("processors").has("details")).isFalse();
    }

    @Test
    void operatorsSeeEachProcessorAndTheSegmentsItWorksHere() {
        await().until(() -> api.get(null, "/actuator/health").status() == 200);

        Api.Response health = api.get("operator", "/actuator/health");

        JsonNode processors = health.body().path("components").path("processors").path("details");
        assertThat(processors.has("SiteUpdateProcessProcessor")).isTrue();
        JsonNode sites = processors.path("sites");
        assertThat(sites.path("running").asBoolean()).isTrue();
        assertThat(sites.path("error").asBoolean()).isFalse();
        assertThat(sites.path("segmentsHere").path("0").path("caughtUp").isBoolean()).isTrue();
        assertThat(health.body().path("components").path("readModelStore").path("details").path("database").asText())
                .isEqualTo("siteops");
    }
}
