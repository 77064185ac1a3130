package siteops.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/** Scenario 3: the portal's reads at a given number of sites, from concurrent clients. */
final class QueryLatency {

    /** A query's measurement stops at this many requests or after this long, whichever comes first. */
    private static final Duration BUDGET = Duration.ofSeconds(10);
    private static final Duration WARM_UP = Duration.ofSeconds(2);

    private final Http http;
    private final Http partner;
    private final int clients;
    private final int requests;
    private final FleetShape shape;

    QueryLatency(Http http, int clients, int requests, FleetShape shape) {
        this.http = http;
        this.partner = http.as(Fleet.SEEN_PARTNER, Fleet.SEEN_PARTNER);
        this.clients = clients;
        this.requests = requests;
        this.shape = shape;
    }

    /**
     * The operator's list (the whole fleet), a partner's (a share of it), a site's detail and its
     * history, each at a random site.
     */
    Map<String, Load.Result> run(List<String> siteIds) {
        int deepPage = Math.max(1, siteIds.size() / 10 / 2);
        int partnersDeepPage = Math.max(1, siteIds.size() / shape.partners() / 10 / 2);
        String middleCursor = http.get("/api/sites?page=" + Math.max(1, deepPage - 1)).expect(200).body()
                .path("next").asText();
        Map<String, IntFunction<Http.Answer>> queries = new LinkedHashMap<>();
        queries.put("site list, first page", index -> http.get("/api/sites"));
        queries.put("site list, filtered page", index -> http.get("/api/sites?edition=Essentials&type=Staging&q=SITE-00"));
        queries.put("site list, a page in the middle", index -> http.get("/api/sites?page=" + deepPage));
        queries.put("site list, a page in the middle by cursor", index -> http.get("/api/sites?after=" + middleCursor));
        queries.put("partner's list, first page", index -> partner.get("/api/sites"));
        queries.put("partner's list, filtered page", index -> partner.get("/api/sites?edition=Premium&q=SITE-00"));
        queries.put("partner's list, a page in the middle", index -> partner.get("/api/sites?page=" + partnersDeepPage));
        queries.put("site detail", index -> http.get("/api/sites/" + randomSite(siteIds)));
        queries.put("site history, first page", index -> http.get("/api/sites/" + randomSite(siteIds) + "/history"));
        Map<String, Load.Result> results = new LinkedHashMap<>();
        queries.forEach((name, query) -> {
            Load.run(clients, Math.max(clients, requests / 10), WARM_UP, query, 200);
            results.put(name, Load.run(clients, requests, BUDGET, query, 200));
        });
        return results;
    }

    private static String randomSite(List<String> siteIds) {
        return siteIds.get(ThreadLocalRandom.current().nextInt(siteIds.size()));
    }
}
