package siteops.command.site;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupFailed;
import siteops.api.backup.DeleteBackup;
import siteops.api.backup.RecordBackupDone;
import siteops.api.backup.RecordBackupFailed;
import siteops.api.refusal.RefusalCode;
import siteops.api.repair.RepairRequested;
import siteops.api.repair.RepairSite;
import siteops.api.restore.RecordRestoreDone;
import siteops.api.restore.RecordRestoreFailed;
import siteops.api.restore.RestoreBackup;
import siteops.api.restore.RestoreCompleted;
import siteops.api.restore.RestoreFailed;
import siteops.api.restore.RestoreRequested;
import siteops.api.restore.RestoreStarted;
import siteops.api.restore.StartRestore;
import siteops.api.site.Edition;
import siteops.api.site.SiteStatus;
import siteops.api.update.CompanyConversionFailed;
import siteops.api.update.CompanyConverted;
import siteops.api.update.CompanyRestored;
import siteops.api.update.RecordCompanyConverted;
import siteops.api.update.RequestUpdate;
import siteops.api.update.RollBackUpdate;
import siteops.api.update.UpdateCompleted;
import siteops.api.update.UpdateRollbackFailed;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateRolledBack;
import siteops.command.backup.BackupRetention;
import siteops.command.catalog.VersionCatalog;
import siteops.command.testing.Refused;

import java.time.Duration;
import java.util.List;

import static siteops.command.site.SiteEvents.SITE;
import static siteops.command.site.SiteEvents.registered;
import static siteops.command.site.SiteUpdateEvents.BACKUP;
import static siteops.command.site.SiteUpdateEvents.RESTORE;
import static siteops.command.site.SiteUpdateEvents.UPDATE;
import static siteops.command.site.SiteUpdateEvents.preUpdateBackupRequested;
import static siteops.command.site.SiteUpdateEvents.preUpdateBackupStarted;
import static siteops.command.site.SiteUpdateEvents.requested;
import static siteops.command.site.SiteUpdateEvents.startedAfterBackup;
import static siteops.command.testing.Actors.ACME;
import static siteops.command.testing.Actors.as;

/**
 * The update with its backup: a pre-update backup first (the site Updating), then the
 * conversions; a rollback restores that backup; a failed backup ends the update before any
 * conversion; a failed restore leaves the site in Fault.
 */
class SiteUpdateBackupTest {

    private static final List<String> COMPANIES = List.of("BIJOU", "GESCOM");
    private static final Duration PRE_UPDATE_RETENTION = Duration.ofDays(30);

    private AggregateTestFixture<Site> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Site.class);
        fixture.registerInjectableResource(new BackupRetention(10, PRE_UPDATE_RETENTION));
        fixture.registerInjectableResource((VersionCatalog) (product, version) -> true);
    }

    private static Object[] backingUp() {
        return new Object[]{registered(Edition.Premium, "2020.3", COMPANIES), requested(COMPANIES),
                preUpdateBackupRequested(COMPANIES), preUpdateBackupStarted()};
    }

    private Object[] converting() {
        return new Object[]{registered(Edition.Premium, "2020.3", COMPANIES), requested(COMPANIES),
                preUpdateBackupRequested(COMPANIES), preUpdateBackupStarted(), backupCompleted(),
                startedAfterBackup(COMPANIES)};
    }

    private BackupCompleted backupCompleted() {
        return new BackupCompleted(SITE, BACKUP, SiteStatus.Updating, fixture.currentTime().plus(PRE_UPDATE_RETENTION),
                UPDATE);
    }

    private Object[] rollingBack() {
        return concat(converting(), new CompanyConverted(SITE, UPDATE, "BIJOU", "2021.3"),
                new CompanyConversionFailed(SITE, UPDATE, "GESCOM", "disk full"));
    }

    private static Object[] concat(Object[] events, Object... more) {
        Object[] all = new Object[events.length + more.length];
        System.arraycopy(events, 0, all, 0, events.length);
        System.arraycopy(more, 0, all, events.length, more.length);
        return all;
    }

    @Test
    void theBackupTakenLetsTheConversionsStartAndExpiresAfterTheRetention() {
        fixture.given(backingUp())
                .when(new RecordBackupDone(SITE, BACKUP))
                .expectEvents(backupCompleted(), startedAfterBackup(COMPANIES));
    }

    @Test
    void aSiteWithoutCompaniesIsUpdatedOnceItsBackupIsTaken() {
        fixture.given(registered(Edition.Premium, "2020.3", List.of()), requested(List.of()),
                        preUpdateBackupRequested(List.of()), preUpdateBackupStarted())
                .when(new RecordBackupDone(SITE, BACKUP))
                .expectEvents(new BackupCompleted(SITE, BACKUP, SiteStatus.Updating,
                                fixture.currentTime().plus(PRE_UPDATE_RETENTION), UPDATE),
                        startedAfterBackup(List.of()),
                        new UpdateCompleted(SITE, UPDATE, "2020.3", "2021.3"));
    }

    @Test
    void aFailedPreUpdateBackupEndsTheUpdateRolledBackBeforeAnyConversion() {
        fixture.given(backingUp())
                .when(new RecordBackupFailed(SITE, BACKUP, "no space on the backup volume"))
                .expectEvents(new BackupFailed(SITE, BACKUP, "no space on the backup volume", SiteStatus.Updating, UPDATE),
                        new UpdateRolledBack(SITE, UPDATE, "2020.3", null,
                                "the backup before the update failed: no space on the backup volume", null));
    }

    @Test
    void noCompanyIsConvertedWhileTheBackupIsBeingTaken() {
        fixture.given(backingUp())
                .when(new RecordCompanyConverted(SITE, UPDATE, "BIJOU"))
                .expectNoEvents();
    }

    @Test
    void theRollbackRestoresThePreUpdateBackupOnce() {
        fixture.given(rollingBack())
                .when(new RollBackUpdate(SITE, UPDATE))
                .expectEvents(new RestoreRequested(SITE, RESTORE, BACKUP, "2020.3", SiteStatus.Updating, UPDATE));
        fixture.given(concat(rollingBack(),
                        new RestoreRequested(SITE, RESTORE, BACKUP, "2020.3", SiteStatus.Updating, UPDATE)))
                .when(new RollBackUpdate(SITE, UPDATE))
                .expectNoEvents();
        fixture.given(concat(rollingBack(),
                        new RestoreRequested(SITE, RESTORE, BACKUP, "2020.3", SiteStatus.Updating, UPDATE)))
                .when(new StartRestore(SITE, RESTORE))
                .expectEvents(new RestoreStarted(SITE, RESTORE, BACKUP, UPDATE));
    }

    @Test
    void theRestoreDoneEndsTheUpdateRolledBackAndNamesTheBackup() {
        fixture.given(concat(rollingBack(),
                        new RestoreRequested(SITE, RESTORE, BACKUP, "2020.3", SiteStatus.Updating, UPDATE),
                        new RestoreStarted(SITE, RESTORE, BACKUP, UPDATE)))
                .when(new RecordRestoreDone(SITE, RESTORE))
                .expectEvents(new RestoreCompleted(SITE, RESTORE, BACKUP, "2020.3", SiteStatus.Updating, UPDATE),
                        new CompanyRestored(SITE, UPDATE, "BIJOU", "2020.3"),
                        new UpdateRolledBack(SITE, UPDATE, "2020.3", "GESCOM", "disk full", BACKUP));
    }

    @Test
    void aFailedRollbackRestoreLeavesTheSiteInFault() {
        fixture.given(concat(rollingBack(),
                        new RestoreRequested(SITE, RESTORE, BACKUP, "2020.3", SiteStatus.Updating, UPDATE),
                        new RestoreStarted(SITE, RESTORE, BACKUP, UPDATE)))
                .when(new RecordRestoreFailed(SITE, RESTORE, "the backup volume is unreachable"))
                .expectEvents(new RestoreFailed(SITE, RESTORE, BACKUP, "the backup volume is unreachable", UPDATE),
                        new UpdateRollbackFailed(SITE, UPDATE, "2020.3", BACKUP, "the backup volume is unreachable"));
    }

    @Test
    void afterAFailedRollbackRestoreARepairOrARestoreBringsTheSiteBack() {
        Object[] inFault = concat(rollingBack(),
                new RestoreRequested(SITE, RESTORE, BACKUP, "2020.3", SiteStatus.Updating, UPDATE),
                new RestoreStarted(SITE, RESTORE, BACKUP, UPDATE),
                new RestoreFailed(SITE, RESTORE, BACKUP, "the backup volume is unreachable", UPDATE),
                new UpdateRollbackFailed(SITE, UPDATE, "2020.3", BACKUP, "the backup volume is unreachable"));
        fixture.given(inFault)
                .when(new RequestUpdate(SITE, "u2", "2021.3", null), as(ACME))
                .expectException(Refused.with(RefusalCode.SITE_NOT_READY));
        fixture.given(inFault)
                .when(new RepairSite(SITE, "r1", null), as(ACME))
                .expectEvents(new RepairRequested(SITE, "r1", SiteStatus.Ready));
        fixture.given(inFault)
                .when(new RestoreBackup(SITE, "x1", BACKUP, null), as(ACME))
                .expectEvents(new RestoreRequested(SITE, "x1", BACKUP, "2020.3", SiteStatus.Ready, null));
    }

    @Test
    void afterARollbackThroughTheBackupTheSiteIsReadyOnItsVersion() {
        fixture.given(concat(rollingBack(),
                        new RestoreRequested(SITE, RESTORE, BACKUP, "2020.3", SiteStatus.Updating, UPDATE),
                        new RestoreStarted(SITE, RESTORE, BACKUP, UPDATE),
                        new RestoreCompleted(SITE, RESTORE, BACKUP, "2020.3", SiteStatus.Updating, UPDATE),
                        new CompanyRestored(SITE, UPDATE, "BIJOU", "2020.3"),
                        new UpdateRolledBack(SITE, UPDATE, "2020.3", "GESCOM", "disk full", BACKUP)))
                .when(new RequestUpdate(SITE, "u2", "2021.3", null), as(ACME))
                .expectEvents(new UpdateRequested(SITE, "u2", "2020.3", "2021.3", COMPANIES));
    }

    @Test
    void thePreUpdateBackupIsInUseForTheWholeUpdate() {
        fixture.given(converting())
                .when(new DeleteBackup(SITE, BACKUP, null), as(ACME))
                .expectException(Refused.with(RefusalCode.BACKUP_IN_USE));
    }
}
