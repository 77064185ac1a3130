package siteops.app;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What one user may hold of the idempotency store: a few keys, kept twenty seconds, in this test. */
@TestPropertySource(properties = {
        "siteops.idempotency.max-keys-per-user=3",
        "siteops.idempotency.retention=PT20S"
})
class IdempotencyLimitsHttpTest extends ApplicationTest {

    private static final String SITE = """
            {"name": "%1$s", "product": "Sage 100", "edition": "Premium", "version": "2020.3", "plan": "Normal",
             "type": "Staging", "timeZone": "Europe/Paris", "siteAdministration": true, "serialNumber": "%1$s",
             "partnerId": "acme", "clientId": "client", "companies": []}
            """;

    private Api.Response register(String user, String key, String name) {
        return api.post(user, "/api/sites", SITE.formatted(name), Map.of("Idempotency-Key", key));
    }

    @Test
    void aUserPastItsKeysIsToldWhenToComeBackAndOthersAreNotHeldUp() {
        sites.publish("2020.3", "2020-10-05");
        String firstKey = UUID.randomUUID().toString();
        String firstName = "LIMIT-" + UUID.randomUUID();
        assertThat(register("acme", firstKey, firstName).status()).isEqualTo(201);
        for (int i = 0; i < 2; i++) {
            assertThat(register("acme", UUID.randomUUID().toString(), "LIMIT-" + UUID.randomUUID()).status())
                    .isEqualTo(201);
        }

        Api.Response refused = register("acme", UUID.randomUUID().toString(), "LIMIT-" + UUID.randomUUID());
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 21);

        assertThat(register("acme", firstKey, firstName).header("Idempotent-Replayed"))
                .as("a retry of a key held is still answered").isEqualTo("true");
        assertThat(register("operator", UUID.randomUUID().toString(), "LIMIT-" + UUID.randomUUID()).status())
                .as("another user's keys").isEqualTo(201);
        assertThat(api.post("acme", "/api/sites", SITE.formatted("LIMIT-UNKEYED-" + UUID.randomUUID())).status())
                .as("a request without a key").isEqualTo(201);

        Awaitility.await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500)).until(() ->
                register("acme", UUID.randomUUID().toString(), "LIMIT-" + UUID.randomUUID()).status() == 201);
    }
}
