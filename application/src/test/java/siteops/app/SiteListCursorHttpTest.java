package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The site list paged by cursor, end to end: each site once, in name order, whatever is added meanwhile. */
class SiteListCursorHttpTest extends ApplicationTest {

    private final String token = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    private void register(String suffix) {
        Api.Response response = api.post("operator", "/api/sites", """
                {"name": "CURSOR-%1$s-%2$s", "product": "Sage 100", "edition": "Premium", "version": "2020.3",
                 "plan": "Normal", "type": "Staging", "timeZone": "Europe/Paris", "siteAdministration": true,
                 "serialNumber": "C-%1$s-%2$s", "partnerId": "acme", "clientId": "client", "companies": []}
                """.formatted(token, suffix));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        sites.awaitSite("operator", response.body().path("siteId").asText(), site -> true);
    }

    private JsonNode list(String query) {
        Api.Response answer = api.get("acme", "/api/sites?q=CURSOR-" + token + "&size=2" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void aClientPagingByCursorSeesEachSiteOnceInNameOrder() {
        sites.publish("2020.3", "2020-10-05");
        for (String suffix : List.of("B", "D", "F")) {
            register(suffix);
        }
        JsonNode first = list("");
        assertThat(first.path("page").asInt()).isEqualTo(1);
        List<String> seen = new ArrayList<>(first.path("items").findValuesAsText("name"));
        register("A");
        register("E");

        JsonNode second = list("&after=" + first.path("next").asText());
        seen.addAll(second.path("items").findValuesAsText("name"));
        assertThat(second.path("page").isNull()).isTrue();
        assertThat(second.path("totalItems").asInt()).isEqualTo(5);

        assertThat(second.path("next").isNull()).as("the last page").isTrue();
        assertThat(seen).containsExactly("CURSOR-" + token + "-B", "CURSOR-" + token + "-D",
                "CURSOR-" + token + "-E", "CURSOR-" + token + "-F");
    }

    @Test
    void aPageNumberAndACursorTogetherOrABadCursorAreRefused() {
        assertThat(api.get("acme", "/api/sites?page=1&after=abc").code()).isEqualTo("INVALID_REQUEST");
        assertThat(api.get("acme", "/api/sites?after=%25%25%25").code()).isEqualTo("INVALID_REQUEST");
    }
}
