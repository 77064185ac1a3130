package siteops.command.site;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.backup.BackUpSite;
import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupFailed;
import siteops.api.backup.BackupKind;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupStarted;
import siteops.api.backup.RecordBackupDone;
import siteops.api.backup.RecordBackupFailed;
import siteops.api.backup.StartBackup;
import siteops.api.lifecycle.LockSite;
import siteops.api.lifecycle.SiteLocked;
import siteops.api.refusal.RefusalCode;
import siteops.api.site.Edition;
import siteops.api.site.SiteStatus;
import siteops.command.backup.BackupRetention;
import siteops.command.testing.Refused;

import java.time.Duration;
import java.util.List;

import static siteops.command.site.SiteEvents.SITE;
import static siteops.command.site.SiteEvents.registered;
import static siteops.command.testing.Actors.ACME;
import static siteops.command.testing.Actors.CLIENT;
import static siteops.command.testing.Actors.as;

/** Back up: BackingUp (users stay connected), then back to the status the site came from, either way. */
class SiteBackupTest {

    private static final List<String> COMPANIES = List.of("BIJOU", "PAIE");

    private AggregateTestFixture<Site> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Site.class);
        fixture.registerInjectableResource(new BackupRetention(10, Duration.ofDays(30)));
    }

    private static Object ready() {
        return registered(Edition.Premium, "2020.3", COMPANIES);
    }

    private static BackupRequested requested(String backupId, SiteStatus returnTo) {
        return new BackupRequested(SITE, backupId, BackupKind.MANUAL, "before year end", "2020.3", Edition.Premium,
                COMPANIES, returnTo, null);
    }

    @Test
    void aBackupRecordsWhatItIsOfAndAClientMayAskForOne() {
        fixture.given(ready())
                .when(new BackUpSite(SITE, "b1", "before year end", null), as(CLIENT))
                .expectEvents(requested("b1", SiteStatus.Ready));
    }

    @Test
    void aBackupStartsEndsAndTheSiteGoesBackToWhereItWas() {
        fixture.given(ready(), requested("b1", SiteStatus.Ready))
                .when(new StartBackup(SITE, "b1"))
                .expectEvents(new BackupStarted(SITE, "b1", null));
        fixture.given(ready(), requested("b1", SiteStatus.Ready), new BackupStarted(SITE, "b1", null))
                .when(new RecordBackupDone(SITE, "b1"))
                .expectEvents(new BackupCompleted(SITE, "b1", SiteStatus.Ready, null, null));
        fixture.given(ready(), new SiteLocked(SITE, "audit"))
                .when(new BackUpSite(SITE, "b2", "before year end", null), as(ACME))
                .expectEvents(requested("b2", SiteStatus.Locked));
        fixture.given(ready(), new SiteLocked(SITE, "audit"), requested("b2", SiteStatus.Locked),
                        new BackupStarted(SITE, "b2", null))
                .when(new RecordBackupFailed(SITE, "b2", "no space on the backup volume"))
                .expectEvents(new BackupFailed(SITE, "b2", "no space on the backup volume", SiteStatus.Locked, null));
    }

    @Test
    void whileABackupRunsNothingElseStartsAndLateReportsAreIgnored() {
        fixture.given(ready(), requested("b1", SiteStatus.Ready), new BackupStarted(SITE, "b1", null))
                .when(new LockSite(SITE, "audit", null), as(ACME))
                .expectException(Refused.with(RefusalCode.SITE_NOT_READY));
        fixture.given(ready(), requested("b1", SiteStatus.Ready), new BackupStarted(SITE, "b1", null),
                        new BackupCompleted(SITE, "b1", SiteStatus.Ready, null, null))
                .when(new RecordBackupFailed(SITE, "b1", "late"))
                .expectNoEvents();
        fixture.given(ready(), requested("b1", SiteStatus.Ready))
                .when(new RecordBackupDone(SITE, "b1"))
                .expectNoEvents();
    }

    @Test
    void aLabelIsPrintableText() {
        fixture.given(ready())
                .when(new BackUpSite(SITE, "b1", " padded", null), as(ACME))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
        fixture.given(ready())
                .when(new BackUpSite(SITE, "b1", null, null), as(ACME))
                .expectSuccessfulHandlerExecution();
    }
}
