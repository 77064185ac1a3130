package siteops.command.site;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.Test;
import siteops.api.access.Actor;
import siteops.api.backup.BackUpSite;
import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupKind;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupStarted;
import siteops.api.backup.DeleteBackup;
import siteops.api.lifecycle.LockSite;
import siteops.api.lifecycle.ResumeSite;
import siteops.api.lifecycle.SiteLifecycle;
import siteops.api.lifecycle.SiteLocked;
import siteops.api.lifecycle.SiteSuspended;
import siteops.api.lifecycle.SuspendSite;
import siteops.api.lifecycle.UnlockSite;
import siteops.api.refusal.RefusalCode;
import siteops.api.repair.RepairFailed;
import siteops.api.repair.RepairRequested;
import siteops.api.repair.RepairSite;
import siteops.api.repair.RepairStarted;
import siteops.api.restore.RestoreBackup;
import siteops.api.restore.RestoreRequested;
import siteops.api.site.ChangeSiteSettings;
import siteops.api.site.Edition;
import siteops.api.site.MigrateProduct;
import siteops.api.site.SiteOperation;
import siteops.api.site.SiteStatus;
import siteops.api.update.RequestUpdate;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateStarted;
import siteops.command.catalog.VersionCatalog;
import siteops.command.testing.Refused;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static siteops.command.site.SiteEvents.SITE;
import static siteops.command.site.SiteEvents.registered;
import static siteops.command.testing.Actors.ACME;
import static siteops.command.testing.Actors.AUDITOR;
import static siteops.command.testing.Actors.CLIENT;
import static siteops.command.testing.Actors.OPERATOR;
import static siteops.command.testing.Actors.as;

/**
 * Every status the site can be brought to × every operation siteops runs × every role, through
 * the aggregate: each command succeeds exactly where the lifecycle's tables say, and is refused
 * otherwise, 403 for the role before 409 for the status.
 */
class SiteLifecycleWalkTest {

    private static final List<String> COMPANIES = List.of("BIJOU");

    /** Two completed backups: one to restore or delete, one that a restore running uses. */
    private static final List<Object> REGISTERED = List.of(registered(Edition.Essentials, "2020.3", COMPANIES),
            new BackupRequested(SITE, "b0", BackupKind.MANUAL, null, "2020.3", Edition.Essentials, COMPANIES,
                    SiteStatus.Ready, null),
            new BackupStarted(SITE, "b0", null),
            new BackupCompleted(SITE, "b0", SiteStatus.Ready, null, null),
            new BackupRequested(SITE, "bx", BackupKind.MANUAL, null, "2020.3", Edition.Essentials, COMPANIES,
                    SiteStatus.Ready, null),
            new BackupStarted(SITE, "bx", null),
            new BackupCompleted(SITE, "bx", SiteStatus.Ready, null, null));

    private static final Map<SiteStatus, List<Object>> HISTORY_TO = Map.of(
            SiteStatus.Ready, REGISTERED,
            SiteStatus.Update, then(new UpdateRequested(SITE, "u1", "2020.3", "2021.3", COMPANIES)),
            SiteStatus.Updating, then(new UpdateRequested(SITE, "u1", "2020.3", "2021.3", COMPANIES),
                    new UpdateStarted(SITE, "u1", "2020.3", "2021.3", COMPANIES, null)),
            SiteStatus.Locked, then(new SiteLocked(SITE, "audit")),
            SiteStatus.Suspended, then(new SiteSuspended(SITE, "unpaid")),
            SiteStatus.Repairing, then(new RepairRequested(SITE, "r1", SiteStatus.Ready)),
            SiteStatus.BackingUp, then(new BackupRequested(SITE, "b1", BackupKind.MANUAL, null, "2020.3",
                    Edition.Essentials, COMPANIES, SiteStatus.Ready, null)),
            SiteStatus.Restoring, then(new RestoreRequested(SITE, "x1", "bx", "2020.3", SiteStatus.Ready, null)),
            SiteStatus.Fault, then(new RepairRequested(SITE, "r1", SiteStatus.Ready), new RepairStarted(SITE, "r1"),
                    new RepairFailed(SITE, "r1", "disk error")));

    private static final Map<SiteOperation, Object> COMMAND_FOR = Map.ofEntries(
            Map.entry(SiteOperation.UPDATE, new RequestUpdate(SITE, "u2", "2021.3", null)),
            Map.entry(SiteOperation.MIGRATE_PRODUCT, new MigrateProduct(SITE, Edition.Premium, null, null)),
            Map.entry(SiteOperation.LOCK, new LockSite(SITE, "maintenance", null)),
            Map.entry(SiteOperation.UNLOCK, new UnlockSite(SITE, null)),
            Map.entry(SiteOperation.SUSPEND, new SuspendSite(SITE, "unpaid", null)),
            Map.entry(SiteOperation.RESUME, new ResumeSite(SITE, null)),
            Map.entry(SiteOperation.MODIFY, new ChangeSiteSettings(SITE, "Gold", null, null, null)),
            Map.entry(SiteOperation.REPAIR, new RepairSite(SITE, "r2", null)),
            Map.entry(SiteOperation.BACK_UP, new BackUpSite(SITE, "b2", null, null)),
            Map.entry(SiteOperation.RESTORE_BACKUP, new RestoreBackup(SITE, "x2", "b0", null)),
            Map.entry(SiteOperation.MANAGE_BACKUPS, new DeleteBackup(SITE, "b0", null)));

    private static List<Object> then(Object... events) {
        List<Object> history = new ArrayList<>(REGISTERED);
        history.addAll(List.of(events));
        return history;
    }

    @Test
    void everyOperationOfTheLifecycleHasItsCommandAndEveryStatusItsHistory() {
        assertThat(COMMAND_FOR.keySet()).containsExactlyInAnyOrder(SiteOperation.values());
        assertThat(HISTORY_TO.keySet()).containsExactlyInAnyOrder(SiteStatus.values());
    }

    @Test
    void everyCommandSucceedsExactlyWhereTheLifecycleSays() {
        for (SiteStatus status : HISTORY_TO.keySet()) {
            for (SiteOperation operation : COMMAND_FOR.keySet()) {
                for (Actor actor : List.of(OPERATOR, ACME, CLIENT, AUDITOR)) {
                    ResultValidator<Site> result = fixture().given(HISTORY_TO.get(status))
                            .when(COMMAND_FOR.get(operation), as(actor));
                    if (!SiteLifecycle.mayDo(actor.role(), operation)) {
                        result.expectException(Refused.with(RefusalCode.FORBIDDEN));
                    } else if (!SiteLifecycle.mayStart(operation, status)) {
                        result.expectException(Refused.with(RefusalCode.SITE_NOT_READY));
                    } else {
                        result.expectSuccessfulHandlerExecution();
                    }
                }
            }
        }
    }

    private static AggregateTestFixture<Site> fixture() {
        AggregateTestFixture<Site> fixture = new AggregateTestFixture<>(Site.class);
        fixture.registerInjectableResource((VersionCatalog) (product, version) -> true);
        return fixture;
    }
}
