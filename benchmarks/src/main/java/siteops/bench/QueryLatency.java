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
    private final int clients;
    private final int requests;

    QueryLatency(Http http, int clients, int requests) {
        this.http = http;
        this.clients = clients;
        this.requests = requests;
    }

    Map<String, Load.Result> run(List<String> siteIds) {
        int deepPage = Math.max(1, siteIds.size() / 10 / 2);
        Map<String, IntFunction<Http.Answer>> queries = new LinkedHashMap<>();
        queries.put("site list, first page", index -> http.get("/api/sites"));
        queries.put("site list, filtered page", index -> http.get("/api/sites?edition=Essentials&type=Staging&q=SITE-00"));
        queries.put("site list, a page in the middle", index -> http.get("/api/sites?page=" + deepPage));
        queries.put("site detail", index ->
                http.get("/api/sites/" + siteIds.get(ThreadLocalRandom.current().nextInt(siteIds.size()))));
        Map<String, Load.Result> results = new LinkedHashMap<>();
        queries.forEach((name, query) -> {
            Load.run(clients, Math.max(clients, requests / 10), WARM_UP, query, 200);
            results.put(name, Load.run(clients, requests, BUDGET, query, 200));
        });
        return results;
    }
}
