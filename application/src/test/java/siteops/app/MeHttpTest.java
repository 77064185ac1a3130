package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/me, and a 401 without a login dialog for scripts that ask for none. */
class MeHttpTest extends ApplicationTest {

    @Test
    void eachUserLearnsWhoItIsAndForWhomItActs() {
        // The organisations are read models: they follow the commands that created them.
        JsonNode client = Awaitility.await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("client", "/api/me"), answer -> answer.status() == 200).body();
        assertThat(client.path("user").asText()).isEqualTo("client");
        assertThat(client.path("role").asText()).isEqualTo("CLIENT");
        assertThat(client.path("organisation").path("organisationId").asText()).isEqualTo("client");
        assertThat(client.path("organisation").path("kind").asText()).isEqualTo("CLIENT");
        assertThat(client.path("partnerId").asText()).isEqualTo("acme");
        assertThat(client.path("seesEverySite").asBoolean()).isFalse();

        JsonNode partner = Awaitility.await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("acme", "/api/me"), answer -> answer.status() == 200).body();
        assertThat(partner.path("role").asText()).isEqualTo("PARTNER");
        assertThat(partner.path("partnerId").asText()).isEqualTo("acme");

        JsonNode auditor = api.get("auditor", "/api/me").body();
        assertThat(auditor.path("role").asText()).isEqualTo("AUDITOR");
        assertThat(auditor.path("organisation").isNull()).isTrue();
        assertThat(auditor.path("seesEverySite").asBoolean()).isTrue();
    }

    @Test
    void withoutCredentialsA401ChallengesUnlessTheScriptAsksForNoLoginDialog() {
        Api.Response challenged = api.get(null, "/api/me");
        assertThat(challenged.status()).isEqualTo(401);
        assertThat(challenged.header("WWW-Authenticate")).startsWith("Basic");

        Api.Response quiet = api.send(api.request(null, "/api/me").header("X-Requested-With", "XMLHttpRequest").GET());
        assertThat(quiet.status()).isEqualTo(401);
        assertThat(quiet.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(quiet.header("WWW-Authenticate")).isNull();
    }
}
