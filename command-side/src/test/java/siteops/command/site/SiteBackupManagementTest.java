package siteops.command.site;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupDeleted;
import siteops.api.backup.BackupDeletion;
import siteops.api.backup.BackupKind;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupStarted;
import siteops.api.backup.DeleteBackup;
import siteops.api.backup.ExpireBackup;
import siteops.api.backup.RecordBackupDone;
import siteops.api.lifecycle.SiteSuspended;
import siteops.api.refusal.RefusalCode;
import siteops.api.repair.RepairRequested;
import siteops.api.restore.RestoreRequested;
import siteops.api.site.Edition;
import siteops.api.site.SiteStatus;
import siteops.command.backup.BackupRetention;
import siteops.command.testing.Refused;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static siteops.command.site.SiteEvents.SITE;
import static siteops.command.site.SiteEvents.registered;
import static siteops.command.testing.Actors.ACME;
import static siteops.command.testing.Actors.CLIENT;
import static siteops.command.testing.Actors.GLOBEX;
import static siteops.command.testing.Actors.as;

/** Manage backups: delete (not one in use), and retention by count (manual) and by age (pre-update). */
class SiteBackupManagementTest {

    private static final List<String> COMPANIES = List.of("BIJOU");
    private static final int KEPT = 2;

    private AggregateTestFixture<Site> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Site.class);
        fixture.registerInjectableResource(new BackupRetention(KEPT, Duration.ofDays(30)));
    }

    private static List<Object> manualBackup(String backupId, boolean completed) {
        List<Object> events = new ArrayList<>(List.of(
                new BackupRequested(SITE, backupId, BackupKind.MANUAL, null, "2020.3", Edition.Premium, COMPANIES,
                        SiteStatus.Ready, null),
                new BackupStarted(SITE, backupId, null)));
        if (completed) {
            events.add(new BackupCompleted(SITE, backupId, SiteStatus.Ready, null, null));
        }
        return events;
    }

    private static List<Object> siteWith(String... completedBackups) {
        List<Object> events = new ArrayList<>(List.of(registered(Edition.Premium, "2020.3", COMPANIES)));
        for (String backupId : completedBackups) {
            events.addAll(manualBackup(backupId, true));
        }
        return events;
    }

    private static List<Object> plus(List<Object> events, Object... more) {
        List<Object> all = new ArrayList<>(events);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void aPartnerDeletesABackupAndDeletingItAgainChangesNothing() {
        fixture.given(siteWith("b1"))
                .when(new DeleteBackup(SITE, "b1", null), as(ACME))
                .expectEvents(new BackupDeleted(SITE, "b1", BackupDeletion.MANUAL, null))
                .expectResultMessagePayload(4L);
        fixture.given(plus(siteWith("b1"), new BackupDeleted(SITE, "b1", BackupDeletion.MANUAL, null)))
                .when(new DeleteBackup(SITE, "b1", null), as(ACME))
                .expectNoEvents();
    }

    @Test
    void aBackupInUseIsNotDeleted() {
        List<Object> beingTaken = new ArrayList<>(siteWith());
        beingTaken.addAll(manualBackup("b1", false));
        fixture.given(beingTaken)
                .when(new DeleteBackup(SITE, "b1", null), as(ACME))
                .expectException(Refused.with(RefusalCode.BACKUP_IN_USE));
        fixture.given(plus(siteWith("b1"), new RestoreRequested(SITE, "x1", "b1", "2020.3", SiteStatus.Ready, null)))
                .when(new DeleteBackup(SITE, "b1", null), as(ACME))
                .expectException(Refused.with(RefusalCode.BACKUP_IN_USE));
    }

    @Test
    void anotherBackupIsNotDeletedWhileTheSiteIsBusyButIsWhileItIsSuspended() {
        fixture.given(plus(siteWith("b1", "b2"), new RestoreRequested(SITE, "x1", "b2", "2020.3", SiteStatus.Ready,
                        null)))
                .when(new DeleteBackup(SITE, "b1", null), as(ACME))
                .expectException(Refused.with(RefusalCode.SITE_NOT_READY));
        fixture.given(plus(siteWith("b1"), new RepairRequested(SITE, "r1", SiteStatus.Ready)))
                .when(new DeleteBackup(SITE, "b1", null), as(ACME))
                .expectException(Refused.with(RefusalCode.SITE_NOT_READY));
        fixture.given(plus(siteWith("b1"), new SiteSuspended(SITE, "unpaid")))
                .when(new DeleteBackup(SITE, "b1", null), as(ACME))
                .expectEvents(new BackupDeleted(SITE, "b1", BackupDeletion.MANUAL, null));
    }

    @Test
    void clientsMayNotDeleteAndOthersDoNotSeeTheSite() {
        fixture.given(siteWith("b1"))
                .when(new DeleteBackup(SITE, "b1", null), as(CLIENT))
                .expectException(Refused.with(RefusalCode.FORBIDDEN));
        fixture.given(siteWith("b1"))
                .when(new DeleteBackup(SITE, "b1", null), as(GLOBEX))
                .expectException(Refused.with(RefusalCode.SITE_NOT_FOUND));
        fixture.given(siteWith("b1"))
                .when(new DeleteBackup(SITE, "nope", null), as(ACME))
                .expectException(Refused.with(RefusalCode.BACKUP_NOT_FOUND));
        fixture.given(siteWith("b1"))
                .when(new DeleteBackup(SITE, "b1", 1L), as(ACME))
                .expectException(Refused.with(RefusalCode.CONCURRENT_MODIFICATION));
    }

    @Test
    void aManualBackupCompletingBeyondTheRetentionCountLetsTheOldestGo() {
        List<Object> third = new ArrayList<>(siteWith("b1", "b2"));
        third.addAll(manualBackup("b3", false));
        Instant now = fixture.currentTime();
        fixture.given(third)
                .when(new RecordBackupDone(SITE, "b3"))
                .expectEvents(new BackupCompleted(SITE, "b3", SiteStatus.Ready, null, null),
                        new BackupDeleted(SITE, "b1", BackupDeletion.RETENTION, now));
    }

    @Test
    void backupsDeletedByAUserDoNotCountTowardsTheRetention() {
        List<Object> third = new ArrayList<>(plus(siteWith("b1", "b2"),
                new BackupDeleted(SITE, "b1", BackupDeletion.MANUAL, null)));
        third.addAll(manualBackup("b3", false));
        fixture.given(third)
                .when(new RecordBackupDone(SITE, "b3"))
                .expectEvents(new BackupCompleted(SITE, "b3", SiteStatus.Ready, null, null));
    }

    @Test
    void aBackupWithAnExpiryIsDeletedOnceItHasExpired() {
        Instant expiresAt = fixture.currentTime().minusSeconds(1);
        List<Object> expired = plus(siteWith(),
                new BackupRequested(SITE, "p1", BackupKind.PRE_UPDATE, null, "2020.3", Edition.Premium, COMPANIES,
                        SiteStatus.Ready, null),
                new BackupStarted(SITE, "p1", null),
                new BackupCompleted(SITE, "p1", SiteStatus.Ready, expiresAt, null));
        fixture.given(expired)
                .when(new ExpireBackup(SITE, "p1"))
                .expectEvents(new BackupDeleted(SITE, "p1", BackupDeletion.RETENTION, expiresAt));
        fixture.given(plus(expired, new BackupDeleted(SITE, "p1", BackupDeletion.RETENTION, expiresAt)))
                .when(new ExpireBackup(SITE, "p1"))
                .expectNoEvents();
        fixture.given(plus(expired, new RestoreRequested(SITE, "x1", "p1", "2020.3", SiteStatus.Ready, null)))
                .when(new ExpireBackup(SITE, "p1"))
                .expectNoEvents();
    }

    @Test
    void aBackupIsNotExpiredEarlyNorOneWithoutExpiry() {
        Instant later = fixture.currentTime().plusSeconds(3600);
        fixture.given(plus(siteWith(),
                        new BackupRequested(SITE, "p1", BackupKind.PRE_UPDATE, null, "2020.3", Edition.Premium,
                                COMPANIES, SiteStatus.Ready, null),
                        new BackupStarted(SITE, "p1", null),
                        new BackupCompleted(SITE, "p1", SiteStatus.Ready, later, null)))
                .when(new ExpireBackup(SITE, "p1"))
                .expectNoEvents();
        fixture.given(siteWith("b1"))
                .when(new ExpireBackup(SITE, "b1"))
                .expectNoEvents();
    }
}
