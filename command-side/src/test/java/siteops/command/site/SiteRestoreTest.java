package siteops.command.site;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupDeleted;
import siteops.api.backup.BackupDeletion;
import siteops.api.backup.BackupFailed;
import siteops.api.backup.BackupKind;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupStarted;
import siteops.api.lifecycle.SiteLocked;
import siteops.api.lifecycle.SiteSuspended;
import siteops.api.refusal.RefusalCode;
import siteops.api.repair.RepairFailed;
import siteops.api.repair.RepairRequested;
import siteops.api.repair.RepairSite;
import siteops.api.restore.RecordRestoreDone;
import siteops.api.restore.RecordRestoreFailed;
import siteops.api.restore.RestoreAccepted;
import siteops.api.restore.RestoreBackup;
import siteops.api.restore.RestoreCompleted;
import siteops.api.restore.RestoreFailed;
import siteops.api.restore.RestoreRequested;
import siteops.api.restore.RestoreStarted;
import siteops.api.restore.StartRestore;
import siteops.api.site.Edition;
import siteops.api.site.SiteStatus;
import siteops.api.update.UpdateCompleted;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateStarted;
import siteops.command.testing.Refused;

import java.time.temporal.ChronoUnit;
import java.util.List;

import static siteops.command.site.SiteEvents.SITE;
import static siteops.command.site.SiteEvents.registered;
import static siteops.command.testing.Actors.ACME;
import static siteops.command.testing.Actors.CLIENT;
import static siteops.command.testing.Actors.GLOBEX;
import static siteops.command.testing.Actors.OPERATOR;
import static siteops.command.testing.Actors.as;

/** Restore a backup: only a completed backup of this site, of the version it runs; Restoring, then Ready, or Fault. */
class SiteRestoreTest {

    private static final List<String> COMPANIES = List.of("BIJOU", "PAIE");

    private AggregateTestFixture<Site> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Site.class);
    }

    private static Object[] withBackup(Object... after) {
        Object[] before = {registered(Edition.Premium, "2020.3", COMPANIES),
                new BackupRequested(SITE, "b1", BackupKind.MANUAL, null, "2020.3", Edition.Premium, COMPANIES,
                        SiteStatus.Ready, null),
                new BackupStarted(SITE, "b1", null),
                new BackupCompleted(SITE, "b1", SiteStatus.Ready, null, null)};
        Object[] all = new Object[before.length + after.length];
        System.arraycopy(before, 0, all, 0, before.length);
        System.arraycopy(after, 0, all, before.length, after.length);
        return all;
    }

    private static RestoreRequested requested(SiteStatus returnTo) {
        return new RestoreRequested(SITE, "x1", "b1", "2020.3", returnTo, null);
    }

    @Test
    void aPartnerRestoresACompletedBackupOfTheVersionTheSiteRuns() {
        fixture.given(withBackup())
                .when(new RestoreBackup(SITE, "x1", "b1", null), as(ACME))
                .expectEvents(requested(SiteStatus.Ready))
                .expectResultMessagePayload(new RestoreAccepted(SITE, "x1", "b1", fixture.currentTime().truncatedTo(ChronoUnit.MILLIS), 4));
    }

    @Test
    void aRestoreDoesNotLiftALockAndBringsAFaultySiteBack() {
        fixture.given(withBackup(new SiteLocked(SITE, "audit")))
                .when(new RestoreBackup(SITE, "x1", "b1", null), as(OPERATOR))
                .expectEvents(requested(SiteStatus.Locked));
        fixture.given(withBackup(new RepairRequested(SITE, "r1", SiteStatus.Ready),
                        new RepairFailed(SITE, "r1", "agent lost")))
                .when(new RestoreBackup(SITE, "x1", "b1", null), as(ACME))
                .expectEvents(requested(SiteStatus.Ready));
    }

    @Test
    void aLockSurvivesAFaultThatAnOperationBegunOnTheLockedSiteLeft() {
        fixture.given(withBackup(new SiteLocked(SITE, "audit"), requested(SiteStatus.Locked),
                        new RestoreStarted(SITE, "x1", "b1", null),
                        new RestoreFailed(SITE, "x1", "b1", "checksum mismatch", null)))
                .when(new RestoreBackup(SITE, "x2", "b1", null), as(ACME))
                .expectEvents(new RestoreRequested(SITE, "x2", "b1", "2020.3", SiteStatus.Locked, null));
        fixture.given(withBackup(new SiteLocked(SITE, "audit"), new RepairRequested(SITE, "r1", SiteStatus.Locked),
                        new RepairFailed(SITE, "r1", "agent lost")))
                .when(new RepairSite(SITE, "r2", null), as(ACME))
                .expectEvents(new RepairRequested(SITE, "r2", SiteStatus.Locked));
        fixture.given(withBackup(new RepairRequested(SITE, "r1", SiteStatus.Ready),
                        new RepairFailed(SITE, "r1", "agent lost")))
                .when(new RepairSite(SITE, "r2", null), as(ACME))
                .expectEvents(new RepairRequested(SITE, "r2", SiteStatus.Ready));
    }

    @Test
    void aRestoreStartsThenEndsReadyOrInFault() {
        fixture.given(withBackup(requested(SiteStatus.Ready)))
                .when(new StartRestore(SITE, "x1"))
                .expectEvents(new RestoreStarted(SITE, "x1", "b1", null));
        fixture.given(withBackup(requested(SiteStatus.Ready), new RestoreStarted(SITE, "x1", "b1", null)))
                .when(new RecordRestoreDone(SITE, "x1"))
                .expectEvents(new RestoreCompleted(SITE, "x1", "b1", "2020.3", SiteStatus.Ready, null));
        fixture.given(withBackup(requested(SiteStatus.Ready), new RestoreStarted(SITE, "x1", "b1", null)))
                .when(new RecordRestoreFailed(SITE, "x1", "checksum mismatch"))
                .expectEvents(new RestoreFailed(SITE, "x1", "b1", "checksum mismatch", null));
    }

    @Test
    void reportsForARestoreThatIsNotRunningChangeNothing() {
        fixture.given(withBackup(requested(SiteStatus.Ready)))
                .when(new RecordRestoreDone(SITE, "x1"))
                .expectNoEvents();
        fixture.given(withBackup(requested(SiteStatus.Ready), new RestoreStarted(SITE, "x1", "b1", null),
                        new RestoreCompleted(SITE, "x1", "b1", "2020.3", SiteStatus.Ready, null)))
                .when(new RecordRestoreFailed(SITE, "x1", "late"))
                .expectNoEvents();
        fixture.given(withBackup(requested(SiteStatus.Ready), new RestoreStarted(SITE, "x1", "b1", null)))
                .when(new StartRestore(SITE, "x1"))
                .expectNoEvents();
    }

    @Test
    void anUnknownBackupIsNotFound() {
        fixture.given(withBackup())
                .when(new RestoreBackup(SITE, "x1", "no-such-backup", null), as(ACME))
                .expectException(Refused.with(RefusalCode.BACKUP_NOT_FOUND));
    }

    @Test
    void onlyACompletedBackupIsRestored() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES),
                        new BackupRequested(SITE, "b2", BackupKind.MANUAL, null, "2020.3", Edition.Premium, COMPANIES,
                                SiteStatus.Ready, null),
                        new BackupStarted(SITE, "b2", null),
                        new BackupFailed(SITE, "b2", "disk error", SiteStatus.Ready, null))
                .when(new RestoreBackup(SITE, "x1", "b2", null), as(ACME))
                .expectException(Refused.with(RefusalCode.BACKUP_NOT_COMPLETED));
        fixture.given(withBackup(new BackupDeleted(SITE, "b1", BackupDeletion.MANUAL, null)))
                .when(new RestoreBackup(SITE, "x1", "b1", null), as(ACME))
                .expectException(Refused.with(RefusalCode.BACKUP_NOT_COMPLETED));
    }

    @Test
    void aBackupOfAnotherVersionIsRefused() {
        fixture.given(withBackup(new UpdateRequested(SITE, "u1", "2020.3", "2021.3", COMPANIES),
                        new UpdateStarted(SITE, "u1", "2020.3", "2021.3", List.of(), null),
                        new UpdateCompleted(SITE, "u1", "2020.3", "2021.3")))
                .when(new RestoreBackup(SITE, "x1", "b1", null), as(ACME))
                .expectException(Refused.with(RefusalCode.BACKUP_VERSION_MISMATCH));
    }

    @Test
    void rolesStatusAndTenancyAreCheckedFirst() {
        fixture.given(withBackup())
                .when(new RestoreBackup(SITE, "x1", "b1", null), as(CLIENT))
                .expectException(Refused.with(RefusalCode.FORBIDDEN));
        fixture.given(withBackup())
                .when(new RestoreBackup(SITE, "x1", "b1", null), as(GLOBEX))
                .expectException(Refused.with(RefusalCode.SITE_NOT_FOUND));
        fixture.given(withBackup(new SiteSuspended(SITE, "unpaid")))
                .when(new RestoreBackup(SITE, "x1", "b1", null), as(ACME))
                .expectException(Refused.with(RefusalCode.SITE_NOT_READY));
        fixture.given(withBackup(requested(SiteStatus.Ready)))
                .when(new RestoreBackup(SITE, "x2", "b1", null), as(ACME))
                .expectException(Refused.with(RefusalCode.SITE_NOT_READY));
        fixture.given(withBackup())
                .when(new RestoreBackup(SITE, "x1", null, null), as(ACME))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
        fixture.given(withBackup())
                .when(new RestoreBackup(SITE, "x1", "b".repeat(101), null), as(ACME))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
    }
}
