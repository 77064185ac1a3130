package siteops.app;

import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement, not a test: how long a partner waits for the refusal of an update (a command) and
 * of a read of a site it may not see, against those of a site that does not exist, over HTTP. It
 * prints medians and asserts only the answers, never a timing. Its name keeps it out of
 * {@code mvn verify}; run it with
 * <pre>mvn -B -q -pl application -am -Dtest=RefusalTimings -Dsurefire.failIfNoSpecifiedTests=false test</pre>
 * A site of a short history (just registered) and one of a longer one (three updates done) tell
 * whether the time of a refusal grows with what the site's history holds.
 */
class RefusalTimings extends ApplicationTest {

    private static final int WARM_UP_ROUNDS = 500;
    private static final int ROUNDS = 3_000;
    private static final List<String> COMPANIES = List.of("BIJOU", "GESCOM", "PAIE");

    @Autowired
    @Qualifier("siteCache")
    private Cache siteCache;

    @Test
    void refusalsOfUpdatesOnForeignAndMissingSites() {
        sites.publish("2020.1", "2020-01-15");
        sites.publish("2020.3", "2020-06-15");
        sites.publish("2021.3", "2021-12-08");
        String shortHistory = sites.register("Premium", "2019.5", COMPANIES, "acme", "client");
        String longHistory = sites.register("Premium", "2019.5", COMPANIES, "acme", "client");
        for (String version : List.of("2020.1", "2020.3", "2021.3")) {
            assertThat(sites.requestUpdate("acme", longHistory, version).status()).isEqualTo(202);
            sites.awaitSite("acme", longHistory, site -> site.path("status").asText().equals("Ready")
                    && site.path("version").asText().equals(version));
        }
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("foreign site, 1 event", shortHistory);
        targets.put("foreign site, 19 events", longHistory);
        targets.put("missing site", null);

        measure("POST /api/sites/{id}/updates", targets, siteId -> sites.requestUpdate("globex", siteId, "2021.3"));
        System.out.printf("  site still in the command side's cache after a refusal: %s%n",
                siteCache.containsKey(shortHistory));
        measure("GET /api/sites/{id}", targets, siteId -> api.get("globex", "/api/sites/" + siteId));
    }

    private static void measure(String route, Map<String, String> targets, Function<String, Api.Response> request) {
        Map<String, List<Long>> nanos = new LinkedHashMap<>();
        targets.keySet().forEach(kind -> nanos.put(kind, new ArrayList<>()));
        Map<String, String> details = new LinkedHashMap<>();
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            List<String> order = new ArrayList<>(targets.keySet());
            Collections.shuffle(order, ThreadLocalRandom.current());
            for (String kind : order) {
                String siteId = targets.get(kind) == null ? UUID.randomUUID().toString() : targets.get(kind);
                long start = System.nanoTime();
                Api.Response refused = request.apply(siteId);
                long elapsed = System.nanoTime() - start;
                assertThat(refused.code()).as(refused.toString()).isEqualTo("SITE_NOT_FOUND");
                details.put(kind, refused.body().path("detail").asText().replace(siteId, "{id}"));
                if (round >= WARM_UP_ROUNDS) {
                    nanos.get(kind).add(elapsed);
                }
            }
        }
        System.out.printf("%nRefused %s as globex, %d rounds in random order%n", route, ROUNDS);
        nanos.forEach((kind, times) -> System.out.printf("  %-24s median %4d µs  (p25 %4d, p75 %4d)  detail \"%s\"%n",
                kind, percentile(times, 50), percentile(times, 25), percentile(times, 75), details.get(kind)));
    }

    private static long percentile(List<Long> nanos, int percent) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() * percent / 100) / 1_000;
    }
}
