package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Many sites registered at once: each as one registration would be, and all of them or none. */
class SiteRegistrationsHttpTest extends ApplicationTest {

    private String batchId;

    @BeforeEach
    void catalog() {
        sites.publish("2020.3", "2020-10-05");
        batchId = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String site(String name, String partner) {
        return site(name, partner, "client");
    }

    private static String site(String name, String partner, String client) {
        return """
                {"name": "%1$s", "product": "Sage 100", "edition": "Essentials", "version": "2020.3",
                 "plan": "Normal", "type": "Staging", "timeZone": "Europe/Paris", "siteAdministration": false,
                 "serialNumber": "SN-%1$s", "partnerId": "%2$s", "clientId": "%3$s", "companies": ["A", "B"]}
                """.formatted(name, partner, client);
    }

    private static String batch(List<String> sites) {
        return "{\"sites\": [" + String.join(",", sites) + "]}";
    }

    private long countNamed(String prefix) {
        return api.get("operator", "/api/sites?size=100&q=" + prefix).body().path("totalItems").asLong();
    }

    @Test
    void everySiteOfTheBatchIsRegistered() {
        List<String> names = IntStream.range(0, 3).mapToObj(i -> "BATCH-" + batchId + "-" + i).toList();

        Api.Response answer = api.post("acme", "/api/site-registrations",
                batch(names.stream().map(name -> site(name, "acme")).toList()));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        List<String> ids = answer.body().path("sites").findValuesAsText("siteId");
        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        JsonNode first = sites.awaitSite("client", ids.get(0), site -> true);
        assertThat(first.path("name").asText()).isEqualTo(names.get(0));
        assertThat(first.path("companies").findValuesAsText("name")).containsExactly("A", "B");
        assertThat(sites.historyTypes("acme", ids.get(2))).containsExactly("SiteRegistered");
    }

    @Test
    void oneRefusedSiteRefusesTheWholeBatch() {
        String taken = "BATCH-" + batchId + "-TAKEN";
        List<String> batch = List.of(site("BATCH-" + batchId + "-OK", "acme"), site(taken, "acme"), site(taken, "acme"));

        Api.Response answer = api.post("acme", "/api/site-registrations", batch(batch));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.code()).isEqualTo("SITE_ALREADY_REGISTERED");
        assertThat(answer.body().path("detail").asText()).startsWith("sites[2]");
        assertThat(countNamed("BATCH-" + batchId)).isZero();
    }

    /** The two batches claim the same names in opposite orders: a lock-ordering deadlock if nothing prevents it. */
    @Test
    void overlappingBatchesSentAtOnceRegisterEachNameOnce() throws Exception {
        List<String> names = IntStream.rangeClosed(1, 50).mapToObj(i -> "DL-" + batchId + "-" + i).toList();
        String fromAcme = batch(names.stream().map(name -> site(name, "acme")).toList());
        List<String> reversed = new ArrayList<>(names);
        Collections.reverse(reversed);
        String fromGlobex = batch(reversed.stream().map(name -> site(name.toLowerCase(), "globex", "initech")).toList());

        ExecutorService senders = Executors.newFixedThreadPool(2);
        try {
            Future<Api.Response> acme = senders.submit(() -> api.post("acme", "/api/site-registrations", fromAcme));
            Future<Api.Response> globex = senders.submit(() -> api.post("globex", "/api/site-registrations", fromGlobex));
            List<Api.Response> answers = List.of(acme.get(), globex.get());

            assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(201, 409);
            assertThat(answers).extracting(Api.Response::code).contains("SITE_ALREADY_REGISTERED");
        } finally {
            senders.shutdownNow();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> countNamed("DL-" + batchId), count -> count == 50);
    }

    @Test
    void eachSiteFollowsTheRulesOfASingleRegistration() {
        assertThat(api.post("client", "/api/site-registrations", batch(List.of(site("X-" + batchId, "acme"))))
                .code()).isEqualTo("FORBIDDEN");
        Api.Response invalid = api.post("acme", "/api/site-registrations",
                batch(List.of(site("Y-" + batchId, "acme"), site("Z-" + batchId, "acme").replace("2020.3", "latest"))));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().path("errors").get(0).path("field").asText()).isEqualTo("sites[1].version");
    }

    @Test
    void aBatchHasOneToAThousandSites() {
        assertThat(api.post("acme", "/api/site-registrations", "{\"sites\": []}").status()).isEqualTo(400);
        String tooMany = IntStream.range(0, 1001).mapToObj(i -> site("MANY-" + batchId + "-" + i, "acme"))
                .collect(Collectors.joining(",", "{\"sites\": [", "]}"));
        assertThat(api.post("acme", "/api/site-registrations", tooMany).status()).isEqualTo(400);
    }
}
