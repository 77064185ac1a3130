package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;
import siteops.app.testing.Sites;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Lock and unlock, suspend and resume, end to end: what the answers, the site, its access and its history say. */
class SiteStatusOperationsHttpTest extends ApplicationTest {

    private static final String AUDIT = "{\"reason\": \"security audit\"}";

    @Test
    void aLockedSiteLetsNobodyInOffersOnlyWhatItsStatusAllowsAndComesBackReadyWhenUnlocked() {
        sites.publish("2021.3", "2021-12-08");
        String site = sites.register("Premium", "2020.3", List.of("A"));

        Api.Response locked = api.post("acme", "/api/sites/" + site + "/lock", AUDIT);
        assertThat(locked.status()).as(locked.toString()).isEqualTo(200);
        assertThat(locked.body().path("status").asText()).isEqualTo("Locked");
        assertThat(locked.body().path("siteId").asText()).isEqualTo(site);
        assertThat(locked.header("ETag")).isEqualTo("\"" + locked.body().path("revision").asLong() + "\"");

        JsonNode detail = sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Locked"));
        assertThat(detail.path("connectionsAllowed").asBoolean()).isFalse();
        assertThat(Sites.texts(detail.path("allowedOperations")))
                .containsExactly("MODIFY", "UNLOCK", "SUSPEND", "REPAIR", "BACK_UP", "RESTORE_BACKUP",
                        "MANAGE_BACKUPS");
        assertThat(Sites.texts(sites.awaitSite("client", site, s -> true).path("allowedOperations")))
                .containsExactly("BACK_UP");
        JsonNode access = api.get("client", "/api/sites/" + site + "/access").body();
        assertThat(access.path("connectionsAllowed").asBoolean()).isFalse();
        assertThat(access.path("reason").asText()).isEqualTo("LOCKED");
        assertThat(access.path("status").asText()).isEqualTo("Locked");

        Api.Response update = sites.requestUpdate("acme", site, "2021.3");
        assertThat(update.status()).isEqualTo(409);
        assertThat(update.code()).isEqualTo("SITE_NOT_READY");
        assertThat(update.body().path("status").asInt()).isEqualTo(409);
        assertThat(update.body().path("siteStatus").asText()).isEqualTo("Locked");
        assertThat(Sites.texts(update.body().path("allowedOperations")))
                .containsExactly("MODIFY", "UNLOCK", "SUSPEND", "REPAIR", "BACK_UP", "RESTORE_BACKUP",
                        "MANAGE_BACKUPS");

        Api.Response unlocked = api.post("acme", "/api/sites/" + site + "/unlock", "");
        assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
        assertThat(unlocked.body().path("status").asText()).isEqualTo("Ready");
        sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Ready"));
        JsonNode open = api.get("client", "/api/sites/" + site + "/access").body();
        assertThat(open.path("connectionsAllowed").asBoolean()).isTrue();
        assertThat(open.path("reason").isNull()).isTrue();
        assertThat(sites.historyTypes("acme", site)).contains("SiteLocked", "SiteUnlocked");
    }

    @Test
    void aSuspendedSiteIsResumedAndEachSaysWhyNotWhenItCannot() {
        String site = sites.register("Essentials", "2020.3", List.of("A"));

        assertThat(api.post("operator", "/api/sites/" + site + "/suspend", "{\"reason\": \"unpaid\"}").status())
                .isEqualTo(200);
        Api.Response unlock = api.post("operator", "/api/sites/" + site + "/unlock", "");
        assertThat(unlock.status()).isEqualTo(409);
        assertThat(Sites.texts(unlock.body().path("allowedOperations"))).containsExactly("MODIFY", "RESUME", "MANAGE_BACKUPS");
        sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Suspended"));
        assertThat(api.get("client", "/api/sites/" + site + "/access").body().path("reason").asText())
                .isEqualTo("SUSPENDED");

        Api.Response resumed = api.post("acme", "/api/sites/" + site + "/resume", "");
        assertThat(resumed.status()).as(resumed.toString()).isEqualTo(200);
        assertThat(resumed.body().path("status").asText()).isEqualTo("Ready");
    }

    @Test
    void aClientMayNotLockAnotherPartnerDoesNotSeeTheSiteAndAReasonIsRequired() {
        String site = sites.register("Premium", "2020.3", List.of("A"));

        Api.Response byClient = api.post("client", "/api/sites/" + site + "/lock", AUDIT);
        assertThat(byClient.status()).isEqualTo(403);
        assertThat(byClient.code()).isEqualTo("FORBIDDEN");
        assertThat(api.post("globex", "/api/sites/" + site + "/lock", AUDIT).code()).isEqualTo("SITE_NOT_FOUND");
        assertThat(api.get("globex", "/api/sites/" + site + "/access").status()).isEqualTo(404);
        for (String body : List.of("{}", "{\"reason\": \"\"}", "{\"reason\": \" audit\"}", "{\"reason\": 5}",
                "{\"reason\": \"audit\", \"until\": \"tomorrow\"}")) {
            Api.Response invalid = api.post("acme", "/api/sites/" + site + "/lock", body);
            assertThat(invalid.status()).as(body + " " + invalid).isEqualTo(400);
            assertThat(invalid.code()).isEqualTo("INVALID_REQUEST");
        }
        Api.Response stale = api.post("acme", "/api/sites/" + site + "/lock", AUDIT, Map.of("If-Match", "\"7\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("CONCURRENT_MODIFICATION");
        assertThat(api.get("acme", "/api/sites/" + site).body().path("status").asText()).isEqualTo("Ready");
    }

    @Test
    void ofTwoLocksAtOnceExactlyOneWins() throws Exception {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Api.Response>> locks = new ArrayList<>();
            for (String user : List.of("acme", "operator")) {
                locks.add(() -> api.post(user, "/api/sites/" + site + "/lock", AUDIT));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Response> answer : pool.invokeAll(locks)) {
                statuses.add(answer.get().status());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        sites.awaitSite("acme", site, s -> s.path("status").asText().equals("Locked"));
        assertThat(Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> sites.historyTypes("acme", site),
                types -> types.contains("SiteLocked"))).filteredOn("SiteLocked"::equals).hasSize(1);
    }
}
