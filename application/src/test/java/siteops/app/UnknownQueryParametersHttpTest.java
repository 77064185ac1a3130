package siteops.app;

import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A query parameter the route does not take is a 400 naming it, on reads and writes alike. */
class UnknownQueryParametersHttpTest extends ApplicationTest {

    @Test
    void aMisspeltFilterIsRefusedRatherThanIgnored() {
        String site = sites.register("Premium", "2020.3", List.of("A"));

        Api.Response misspelt = api.get("acme", "/api/sites?stauts=Ready");
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.code()).isEqualTo("INVALID_REQUEST");
        assertThat(misspelt.body().path("detail").asText()).startsWith("stauts: not a parameter of this route")
                .contains("status");
        assertThat(misspelt.body().path("errors").get(0).path("field").asText()).isEqualTo("stauts");
        assertThat(api.get("acme", "/api/sites?status=Ready&size=5").status()).isEqualTo(200);

        Api.Response two = api.get("acme", "/api/sites/" + site + "/history?pagesize=5&sort=asc");
        assertThat(two.status()).isEqualTo(400);
        assertThat(two.body().path("detail").asText()).startsWith("pagesize, sort:");

        Api.Response onAWrite = api.post("acme", "/api/sites/" + site + "/lock?force=true", "{\"reason\": \"x\"}");
        assertThat(onAWrite.status()).isEqualTo(400);
        assertThat(onAWrite.body().path("detail").asText()).isEqualTo("force: not a parameter of this route,"
                + " which takes none");
        assertThat(api.get("acme", "/api/sites/" + site).body().path("status").asText())
                .as("the refused write changed nothing").isEqualTo("Ready");
    }
}
