package siteops.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyHttpTest extends ApplicationTest {

    @Autowired
    private JdbcTemplate jdbc;

    private static final String SITE = """
            {"name": "%1$s", "product": "Sage 100", "edition": "Premium", "version": "2020.3", "plan": "Normal",
             "type": "Staging", "timeZone": "Europe/Paris", "siteAdministration": true, "serialNumber": "%1$s",
             "partnerId": "acme", "clientId": "client", "companies": []}
            """;

    @BeforeEach
    void catalog() {
        sites.publish("2020.3", "2020-10-05");
    }

    @Test
    void aRetriedRegistrationAnswersTheSameAndRegistersOnce() {
        String name = "IDEMPOTENT-" + UUID.randomUUID();
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        Api.Response first = api.post("acme", "/api/sites", SITE.formatted(name), key);
        Api.Response retry = api.post("acme", "/api/sites", SITE.formatted(name), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        sites.awaitSite("acme", first.body().path("siteId").asText(), site -> true);
        assertThat(api.get("acme", "/api/sites?q=" + name).body().path("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void aRetriedUpdateRequestIsNotASecondUpdate() {
        sites.publish("2021.3", "2021-12-08");
        String siteId = sites.register("Premium", "2020.3", List.of("A", "B"));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String body = "{\"targetVersion\": \"2021.3\"}";

        Api.Response first = api.post("acme", "/api/sites/" + siteId + "/updates", body, key);
        Api.Response retry = api.post("acme", "/api/sites/" + siteId + "/updates", body, key);

        assertThat(first.status()).isEqualTo(202);
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.body().path("updateId")).isEqualTo(first.body().path("updateId"));
    }

    @Test
    void theSameRequestLaidOutDifferentlyIsTheSameRequest() {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String name = "LAYOUT-" + UUID.randomUUID();
        String compact = SITE.formatted(name).replace("\n", "").replace(", ", ",");

        Api.Response first = api.post("acme", "/api/sites", SITE.formatted(name), key);
        Api.Response retry = api.post("acme", "/api/sites", compact, key);

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
    }

    @Test
    void aMalformedRequestCanBeCorrectedUnderTheSameKey() {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String name = "CORRECTED-" + UUID.randomUUID();

        Api.Response malformed = api.post("acme", "/api/sites", "{\"name\": ", key);
        Api.Response corrected = api.post("acme", "/api/sites", SITE.formatted(name), key);

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(corrected.status()).isEqualTo(201);
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefused() {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        assertThat(api.post("acme", "/api/sites", SITE.formatted("FIRST-" + UUID.randomUUID()), key).status())
                .isEqualTo(201);

        Api.Response reused = api.post("acme", "/api/sites", SITE.formatted("OTHER-" + UUID.randomUUID()), key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void keysBelongToTheirUser() {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String name = "SHARED-KEY-" + UUID.randomUUID();

        Api.Response byAcme = api.post("acme", "/api/sites", SITE.formatted(name), key);
        Api.Response byOperator = api.post("operator", "/api/sites", SITE.formatted(name + "-OTHER"), key);

        assertThat(byAcme.status()).isEqualTo(201);
        assertThat(byOperator.status()).isEqualTo(201);
        assertThat(byOperator.body().path("siteId")).isNotEqualTo(byAcme.body().path("siteId"));
    }

    @Test
    void aRefusalIsReplayedToo() {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Api.Response first = api.post("client", "/api/sites", SITE.formatted("NOPE"), key);
        Api.Response retry = api.post("client", "/api/sites", SITE.formatted("NOPE"), key);
        assertThat(first.status()).isEqualTo(403);
        assertThat(retry.status()).isEqualTo(403);
        assertThat(retry.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anAnswerThatDependsOnHowTheRequestWasSentIsNotKept() {
        String key = UUID.randomUUID().toString();
        String body = SITE.formatted("MEDIA-" + UUID.randomUUID());
        Api.Response unsupported = api.send(api.request("acme", "/api/sites")
                .header("Content-Type", "text/plain").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        Api.Response notAcceptable = api.send(api.request("acme", "/api/sites")
                .header("Content-Type", "application/json").header("Accept", "text/html")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)));

        Api.Response corrected = api.post("acme", "/api/sites", body, Map.of("Idempotency-Key", key));

        assertThat(unsupported.status()).isEqualTo(415);
        assertThat(notAcceptable.status()).isEqualTo(406);
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void aRetryAfterTheProcessDiedWithACommittedCommandAnswersWhatCommitted() {
        sites.publish("2021.3", "2021-12-08");
        String siteId = sites.register("Premium", "2020.3", List.of("A"));
        String key = UUID.randomUUID().toString();
        String body = "{\"targetVersion\": \"2021.3\"}";
        Api.Response first = api.post("acme", "/api/sites/" + siteId + "/updates", body, Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(202);
        // As if the process had died after the command committed, before the answer was kept.
        jdbc.update("UPDATE idempotent_request SET response_status = NULL, holder = 'a-dead-process', "
                + "lease_until = ? WHERE user_name = 'acme' AND response_status IS NOT NULL",
                Timestamp.from(Instant.now().minusSeconds(1)));

        Api.Response retry = api.post("acme", "/api/sites/" + siteId + "/updates", body, Map.of("Idempotency-Key", key));

        assertThat(retry.status()).as(retry.toString()).isEqualTo(202);
        assertThat(retry.body().path("updateId")).isEqualTo(first.body().path("updateId"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        sites.awaitSite("acme", siteId, site -> site.path("status").asText().equals("Ready"));
        assertThat(sites.historyTypes("acme", siteId)).filteredOn("UpdateRequested"::equals).hasSize(1);
    }

    @Test
    void aRetryAfterTheProcessDiedBeforeItsCommandCommittedRunsTheCommandNow() {
        String siteId = sites.register("Premium", "2020.3", List.of("A"));
        String key = UUID.randomUUID().toString();
        String body = "{\"targetVersion\": \"2031.9\"}";
        Api.Response refused = api.post("acme", "/api/sites/" + siteId + "/updates", body, Map.of("Idempotency-Key", key));
        assertThat(refused.code()).isEqualTo("VERSION_NOT_AVAILABLE");
        // As if the process had died while the command ran, before anything committed.
        jdbc.update("UPDATE idempotent_request SET response_status = NULL, holder = 'a-dead-process', lease_until = ? "
                + "WHERE user_name = 'acme' AND key_digest = ?", Timestamp.from(Instant.now().minusSeconds(1)),
                digest("acme\n" + key));
        sites.publish("2031.9", "2031-09-01");

        Api.Response retry = api.post("acme", "/api/sites/" + siteId + "/updates", body, Map.of("Idempotency-Key", key));

        assertThat(retry.status()).as(retry.toString()).isEqualTo(202);
        assertThat(retry.header("Idempotent-Replayed")).isNull();
        assertThat(api.post("acme", "/api/sites/" + siteId + "/updates", body, Map.of("Idempotency-Key", key))
                .header("Idempotent-Replayed")).isEqualTo("true");
    }

    @Test
    void aKeyHeldByARequestStillRunningIsAnsweredWithWhenToRetry() {
        String key = UUID.randomUUID().toString();
        String name = "HELD-" + UUID.randomUUID();
        Api.Response first = api.post("acme", "/api/sites", SITE.formatted(name), Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        jdbc.update("UPDATE idempotent_request SET response_status = NULL, holder = 'a-live-process', "
                + "lease_until = ? WHERE user_name = 'acme' AND key_digest = ?",
                Timestamp.from(Instant.now().plusSeconds(5)), digest("acme\n" + key));

        Api.Response retry = api.post("acme", "/api/sites", SITE.formatted(name), Map.of("Idempotency-Key", key));

        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.code()).isEqualTo("REQUEST_IN_PROGRESS");
        assertThat(Integer.parseInt(retry.header("Retry-After"))).isBetween(1, 6);
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
