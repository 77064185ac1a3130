package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/sites/{id}/history with type, actor and time filters, which combine with each other and with paging. */
class SiteHistoryFiltersHttpTest extends ApplicationTest {

    @Test
    void theHistoryIsFilteredByTypeActorAndInstantsAndPagedAfterFiltering() {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        Instant beforeLocks = Instant.now();
        for (int round = 0; round < 3; round++) {
            api.post("acme", "/api/sites/" + site + "/lock", "{\"reason\": \"round " + round + "\"}");
            api.post("operator", "/api/sites/" + site + "/unlock", "{}");
        }
        Instant afterLocks = Instant.now();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sites.historyTypes("acme", site).size() == 7);

        assertThat(types(history(site, "type=SiteLocked"))).containsExactly("SiteLocked", "SiteLocked", "SiteLocked");
        assertThat(types(history(site, "actor=operator"))).containsExactly("SiteUnlocked", "SiteUnlocked",
                "SiteUnlocked", "SiteRegistered");
        assertThat(types(history(site, "type=SiteUnlocked&actor=acme"))).isEmpty();
        assertThat(history(site, "from=" + beforeLocks + "&to=" + afterLocks)).hasSize(6);
        assertThat(types(history(site, "to=" + beforeLocks))).containsExactly("SiteRegistered");

        JsonNode secondPage = api.get("acme", "/api/sites/" + site + "/history?type=SiteLocked&size=2&page=2").body();
        assertThat(secondPage.path("totalItems").asLong()).isEqualTo(3);
        assertThat(secondPage.path("totalPages").asInt()).isEqualTo(2);
        assertThat(secondPage.path("items")).hasSize(1);
        assertThat(secondPage.path("items").get(0).path("details").path("reason").asText()).isEqualTo("round 0");
    }

    @Test
    void aTypeOrAnInstantThatMeansNothingIsA400NamingIt() {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        for (String query : List.of("type=Nonsense", "from=yesterday", "to=2021-12-08T09:30:00Z&from=2021-12-09T00:00:00Z")) {
            Api.Response answer = api.get("acme", "/api/sites/" + site + "/history?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.code()).isEqualTo("INVALID_REQUEST");
            assertThat(answer.body().path("detail").asText()).as(query).startsWith(query.startsWith("type") ? "type:"
                    : query.startsWith("from") ? "from:" : "to:");
        }
    }

    private List<JsonNode> history(String site, String query) {
        Api.Response answer = api.get("acme", "/api/sites/" + site + "/history?size=100&" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        answer.body().path("items").forEach(entries::add);
        return entries;
    }

    private static List<String> types(List<JsonNode> entries) {
        return entries.stream().map(entry -> entry.path("type").asText()).toList();
    }
}
