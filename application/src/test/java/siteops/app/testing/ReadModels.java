package siteops.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** What the read models say over HTTP, for the tests that compare them with a rebuild. */
public final class ReadModels {

    private ReadModels() {
    }

    /** Every read model has taken every event stored, and reads are served. */
    public static boolean caughtUp(Api api) {
        Api.Response statuses = api.get("operator", "/api/admin/read-models");
        return statuses.status() == 200 && statuses.body().findValuesAsText("caughtUp").stream().allMatch("true"::equals)
                && api.get("operator", "/api/sites").status() == 200;
    }

    /** The whole site list, and the detail, history and operations of {@code sites}. */
    public static JsonNode everything(Api api, List<String> sites) {
        ObjectNode all = JsonNodeFactory.instance.objectNode();
        ArrayNode list = all.putArray("sites");
        JsonNode page = api.get("operator", "/api/sites?size=100").body();
        page.path("items").forEach(list::add);
        while (!page.path("next").isNull() && !page.path("next").isMissingNode()) {
            page = api.get("operator", "/api/sites?size=100&after=" + page.path("next").asText()).body();
            page.path("items").forEach(list::add);
        }
        for (String site : sites) {
            for (String route : List.of("", "/history?size=100", "/operations?size=100")) {
                all.set(site + route, api.get("operator", "/api/sites/" + site + route).body());
            }
        }
        return all;
    }
}
