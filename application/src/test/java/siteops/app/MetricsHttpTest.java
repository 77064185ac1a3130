package siteops.app;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Operators scrape Prometheus metrics: command handling, the store's appends and each event
 * processor's lag and capacity, from Axon's own monitors (the capacity in constant memory, with
 * the description Axon's lacks); how far behind each segment worked here
 * is; the operations of sites by kind and state. Nobody else reads them. (Spring Boot's
 * tests leave metrics out unless asked: this class asks, and so runs an application of its own.)
 */
@AutoConfigureObservability(tracing = false)
class MetricsHttpTest extends ApplicationTest {

    @Test
    void anOperatorReadsCommandAndProcessorMetricsInPrometheusFormat() {
        String siteId = sites.register("Premium", "2020.3", List.of("PAIE"));
        sites.awaitSite("operator", siteId, site -> true);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Api.Response metrics = api.get("operator", "/actuator/prometheus");
            assertThat(metrics.status()).isEqualTo(200);
            assertThat(metrics.contentType()).startsWith("text/plain");
            assertThat(metrics.raw().body())
                    .contains("commandBus_successCounter_total{")
                    .contains("commandBus_successTimer_seconds_count{")
                    .contains("eventStore_successCounter_total")
                    .containsPattern("eventProcessor_latency\\{[^}]*processorName=\"sites\"")
                    .containsPattern("eventProcessor_capacity\\{[^}]*processorName=\"site-history\"")
                    .contains("# HELP eventProcessor_capacity Share of the last ten minutes the processor spent")
                    .containsPattern("siteops_processor_segment_behind\\{[^}]*processor=\"sites\",segment=\"0\"[^}]*\\} 0")
                    .containsPattern("siteops_processor_segment_behind\\{[^}]*processor=\"SiteUpdateProcessProcessor\",segment=\"1\"");
        });
    }

    @Test
    void operatorsCountTheOperationsOfEveryKindByState() {
        sites.publish("2021.3", "2021-12-08");
        String siteId = sites.register("Premium", "2020.3", List.of("PAIE"));
        assertThat(sites.requestUpdate("acme", siteId, "2021.3").status()).isEqualTo(202);
        sites.awaitSite("acme", siteId, site -> site.path("version").asText().equals("2021.3"));
        assertThat(api.post("acme", "/api/sites/" + siteId + "/lock", "{\"reason\": \"audit\"}").status())
                .isEqualTo(200);

        await().untilAsserted(() -> assertThat(api.get("operator", "/actuator/prometheus").raw().body())
                .containsPattern("siteops_operations\\{[^}]*kind=\"UPDATE\",state=\"SUCCEEDED\"[^}]*\\} [1-9]")
                .containsPattern("siteops_operations\\{[^}]*kind=\"LOCK\",state=\"SUCCEEDED\"[^}]*\\} [1-9]")
                .containsPattern("siteops_operations\\{[^}]*kind=\"REPAIR\",state=\"FAILED\"[^}]*\\} 0"));
    }

    @Test
    void othersAreRefusedAsProblems() {
        Api.Response partner = api.get("acme", "/actuator/prometheus");
        assertThat(partner.status()).isEqualTo(403);
        assertThat(partner.code()).isEqualTo("FORBIDDEN");

        Api.Response anonymous = api.get(null, "/actuator/prometheus");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("UNAUTHENTICATED");
    }
}
