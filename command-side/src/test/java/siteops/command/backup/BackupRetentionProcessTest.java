package siteops.command.backup;

import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupDeleted;
import siteops.api.backup.BackupDeletion;
import siteops.api.backup.ExpireBackup;
import siteops.api.site.SiteStatus;

import java.time.Duration;
import java.time.Instant;

/** Retention by age: at a backup's expiry the site is asked to let it go, again until it is gone. */
class BackupRetentionProcessTest {

    private static final String SITE = "site-1";
    private static final Duration RETENTION = Duration.ofDays(30);

    private SagaTestFixture<BackupRetentionProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(BackupRetentionProcess.class);
    }

    private BackupCompleted completed(Instant expiresAt) {
        return new BackupCompleted(SITE, "p1", SiteStatus.Updating, expiresAt, "u1");
    }

    @Test
    void aBackupWithAnExpiryIsWatchedUntilThen() {
        Instant expiresAt = fixture.currentTime().plus(RETENTION);
        fixture.givenNoPriorActivity()
                .whenPublishingA(completed(expiresAt))
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(expiresAt, BackupRetentionProcess.BACKUP_EXPIRY)
                .expectNoDispatchedCommands();
    }

    @Test
    void aBackupWithoutExpiryIsNotWatched() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(new BackupCompleted(SITE, "b1", SiteStatus.Ready, null, null))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void atItsExpiryTheSiteIsAskedToLetItGoAndAskedAgainLater() {
        fixture.givenAPublished(completed(fixture.currentTime().plus(RETENTION)))
                .whenTimeElapses(RETENTION.plusSeconds(1))
                .expectDispatchedCommands(new ExpireBackup(SITE, "p1"))
                .expectActiveSagas(1);
    }

    @Test
    void aBackupStillKeptAnHourAfterItsExpiryIsAskedForAgain() {
        fixture.givenAPublished(completed(fixture.currentTime().plus(RETENTION)))
                .whenTimeElapses(RETENTION.plus(BackupRetentionProcess.RETRY).plusSeconds(2))
                .expectDispatchedCommands(new ExpireBackup(SITE, "p1"), new ExpireBackup(SITE, "p1"));
    }

    @Test
    void theProcessEndsWhenTheBackupIsDeletedWhoeverDeletedIt() {
        fixture.givenAPublished(completed(fixture.currentTime().plus(RETENTION)))
                .whenPublishingA(new BackupDeleted(SITE, "p1", BackupDeletion.MANUAL, null))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }
}
