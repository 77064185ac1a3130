package siteops.app;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import siteops.api.access.Role;
import siteops.api.lifecycle.SiteLifecycle;
import siteops.api.site.SiteOperation;
import siteops.api.site.SiteStatus;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lifecycle's tables over HTTP: every status a site rests in × every operation siteops runs ×
 * every role. Each request succeeds exactly where the tables say, on a site of its own brought to
 * that status, and is refused 403 (role) before 409 (status) elsewhere, on one site per status
 * that the refusals must leave as it is. The
 * passing statuses (Update, Updating, Repairing) are walked through the aggregate
 * ({@code SiteLifecycleWalkTest}).
 */
class LifecycleTableHttpTest extends ApplicationTest {

    private static final Map<String, Role> USERS = Map.of("operator", Role.OPERATOR, "acme", Role.PARTNER,
            "client", Role.CLIENT, "auditor", Role.AUDITOR);
    private static final List<SiteStatus> RESTING = List.of(SiteStatus.Ready, SiteStatus.Locked, SiteStatus.Suspended,
            SiteStatus.Fault);
    /** The completed backup each site has, to restore or delete. */
    private final Map<String, String> backupOf = new HashMap<>();

    @Test
    void everyCellOfTheTablesAnswersAsTheTablesSay() {
        sites.publish("2021.3", "2021-12-08");
        List<String> mismatches = new ArrayList<>();
        Map<String, SiteStatus> refusingSites = new HashMap<>();
        for (SiteStatus status : RESTING) {
            String refusing = siteIn(status, true);
            refusingSites.put(refusing, status);
            for (Map.Entry<String, Role> user : USERS.entrySet()) {
                for (SiteOperation operation : SiteOperation.values()) {
                    int expected = !SiteLifecycle.mayDo(user.getValue(), operation) ? 403
                            : !SiteLifecycle.mayStart(operation, status) ? 409 : successOf(operation);
                    String site = expected >= 400 ? refusing : siteIn(status, needsABackup(operation));
                    Api.Response answer = start(operation, user.getKey(), site);
                    if (answer.status() != expected) {
                        mismatches.add(status + " × " + operation + " × " + user.getKey() + ": expected " + expected
                                + ", got " + answer);
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
        refusingSites.forEach((site, status) -> assertThat(api.get("operator", "/api/sites/" + site).body()
                .path("status").asText()).as("refusals leave the site as it was").isEqualTo(status.name()));
    }

    private static boolean needsABackup(SiteOperation operation) {
        return operation == SiteOperation.RESTORE_BACKUP || operation == SiteOperation.MANAGE_BACKUPS;
    }

    /** {@code withBackup}: the site gets a completed backup first, to restore or delete. */
    private String siteIn(SiteStatus status, boolean withBackup) {
        String site = sites.register("Essentials", "2020.3", List.of("A"));
        if (withBackup) {
            takeABackup(site);
        }
        switch (status) {
            case Ready -> { }
            case Locked -> assertThat(api.post("operator", "/api/sites/" + site + "/lock",
                    "{\"reason\": \"audit\"}").status()).isEqualTo(200);
            case Suspended -> assertThat(api.post("operator", "/api/sites/" + site + "/suspend",
                    "{\"reason\": \"unpaid\"}").status()).isEqualTo(200);
            case Fault -> {
                api.post("operator", "/api/simulator/faults",
                        "{\"siteId\": \"" + site + "\", \"kind\": \"REPAIR\", \"reason\": \"disk error\"}");
                assertThat(api.post("operator", "/api/sites/" + site + "/repairs", "").status()).isEqualTo(202);
                sites.awaitSite("operator", site, s -> s.path("status").asText().equals("Fault"));
            }
            default -> throw new IllegalArgumentException("not a status a site rests in: " + status);
        }
        return site;
    }

    private void takeABackup(String site) {
        Api.Response backup = api.post("operator", "/api/sites/" + site + "/backups", "");
        assertThat(backup.status()).as(backup.toString()).isEqualTo(202);
        String backupId = backup.body().path("backupId").asText();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> api.get("operator", "/api/sites/" + site + "/backups/" + backupId).body()
                        .path("state").asText().equals("COMPLETED"));
        sites.awaitSite("operator", site, s -> s.path("status").asText().equals("Ready"));
        backupOf.put(site, backupId);
    }

    private Api.Response start(SiteOperation operation, String user, String site) {
        String path = "/api/sites/" + site;
        return switch (operation) {
            case UPDATE -> sites.requestUpdate(user, site, "2021.3");
            case MIGRATE_PRODUCT -> api.post(user, path + "/product-migrations", "{\"targetEdition\": \"Premium\"}");
            case MODIFY -> api.patch(user, path, "{\"plan\": \"Gold\"}", Map.of());
            case LOCK -> api.post(user, path + "/lock", "{\"reason\": \"audit\"}");
            case UNLOCK -> api.post(user, path + "/unlock", "");
            case SUSPEND -> api.post(user, path + "/suspend", "{\"reason\": \"unpaid\"}");
            case RESUME -> api.post(user, path + "/resume", "");
            case REPAIR -> api.post(user, path + "/repairs", "");
            case BACK_UP -> api.post(user, path + "/backups", "{\"label\": \"walk\"}");
            case RESTORE_BACKUP -> api.post(user, path + "/restores", "{\"backupId\": \"" + backupOf.get(site) + "\"}");
            case MANAGE_BACKUPS -> api.delete(user, path + "/backups/" + backupOf.get(site));
        };
    }

    private static int successOf(SiteOperation operation) {
        return switch (operation) {
            case UPDATE, REPAIR, BACK_UP, RESTORE_BACKUP -> 202;
            case MANAGE_BACKUPS -> 204;
            default -> 200;
        };
    }
}
