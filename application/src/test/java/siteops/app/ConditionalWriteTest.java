package siteops.app;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** ETag / If-Match on site writes: a write based on a stale read is refused. */
class ConditionalWriteTest extends ApplicationTest {

    @Test
    void theSiteCarriesItsRevisionAsETag() {
        String siteId = sites.register("Essentials", "2020.3", List.of());
        assertThat(api.get("acme", "/api/sites/" + siteId).header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void aWriteWithTheCurrentETagSucceedsAndAnswersTheNextOne() {
        String siteId = sites.register("Essentials", "2020.3", List.of());
        String etag = api.get("acme", "/api/sites/" + siteId).header("ETag");

        Api.Response migrated = api.post("acme", "/api/sites/" + siteId + "/product-migrations",
                "{\"targetEdition\": \"Premium\"}", Map.of("If-Match", etag));

        assertThat(migrated.status()).isEqualTo(200);
        assertThat(migrated.header("ETag")).isEqualTo("\"1\"");
        sites.awaitSite("acme", siteId, site -> site.path("edition").asText().equals("Premium"));
        assertThat(api.get("acme", "/api/sites/" + siteId).header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aWriteWithAStaleETagIsA409AndChangesNothing() {
        sites.publish("2021.3", "2021-12-08");
        String siteId = sites.register("Essentials", "2020.3", List.of());
        assertThat(api.post("acme", "/api/sites/" + siteId + "/product-migrations",
                "{\"targetEdition\": \"Premium\"}").status()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("acme", "/api/sites/" + siteId + "/history").body().path("totalItems").asInt() == 2);

        Api.Response stale = api.post("acme", "/api/sites/" + siteId + "/updates",
                "{\"targetVersion\": \"2021.3\"}", Map.of("If-Match", "\"0\""));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("CONCURRENT_MODIFICATION");
        assertThat(api.get("acme", "/api/sites/" + siteId + "/history").body().path("totalItems").asInt())
                .isEqualTo(2);
    }

    @Test
    void aMalformedIfMatchIsA400() {
        String siteId = sites.register("Essentials", "2020.3", List.of());
        Api.Response response = api.post("acme", "/api/sites/" + siteId + "/product-migrations",
                "{\"targetEdition\": \"Premium\"}", Map.of("If-Match", "yesterday"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("INVALID_REQUEST");
    }
}
