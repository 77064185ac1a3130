package siteops.command.backup;

import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.operation.JobKind;
import siteops.api.backup.RecordBackupFailed;
import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupFailed;
import siteops.api.backup.BackupKind;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupStarted;
import siteops.api.backup.StartBackup;
import siteops.api.site.Edition;
import siteops.api.site.SiteStatus;
import siteops.command.testing.RecordingAgent;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The backup process relays: it starts the backup, hands it to the agent with a deadline, and reports a missed one. */
class SiteBackupProcessTest {

    private static final String SITE = "site-1";
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private SagaTestFixture<SiteBackupProcess> fixture;
    private RecordingAgent agent;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(SiteBackupProcess.class);
        agent = new RecordingAgent();
        fixture.registerResource(agent);
        fixture.registerResource(new BackupProcessSettings(TIMEOUT));
    }

    private static BackupRequested requested(String backupId) {
        return new BackupRequested(SITE, backupId, BackupKind.MANUAL, null, "2020.3", Edition.Premium, List.of("A"),
                SiteStatus.Ready, null);
    }

    @Test
    void aRequestedBackupIsStarted() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested("r1"))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new StartBackup(SITE, "r1"));
    }

    @Test
    void aStartedBackupGoesToTheAgentWithADeadline() {
        fixture.givenAPublished(requested("r1"))
                .whenPublishingA(new BackupStarted(SITE, "r1", null))
                .expectScheduledDeadlineWithName(TIMEOUT, SiteBackupProcess.BACKUP_TIMEOUT)
                .expectNoDispatchedCommands();
        assertThat(agent.jobs()).hasSize(1);
        assertThat(agent.last().kind()).isEqualTo(JobKind.BACK_UP);
        assertThat(agent.last().operationId()).isEqualTo("r1");
        assertThat(agent.last().subject()).isNull();
    }

    @Test
    void anAgentThatNeverReportsFailsTheBackupAtTheDeadline() {
        fixture.givenAPublished(requested("r1"))
                .andThenAPublished(new BackupStarted(SITE, "r1", null))
                .whenTimeElapses(TIMEOUT.plusSeconds(1))
                .expectDispatchedCommands(new RecordBackupFailed(SITE, "r1", "the agent did not report within PT30M"));
    }

    @Test
    void theProcessEndsWithTheBackupAndItsDeadlineIsCancelled() {
        fixture.givenAPublished(requested("r1"))
                .andThenAPublished(new BackupStarted(SITE, "r1", null))
                .whenPublishingA(new BackupCompleted(SITE, "r1", SiteStatus.Ready, null, null))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
        fixture.givenAPublished(requested("r2"))
                .andThenAPublished(new BackupStarted(SITE, "r2", null))
                .whenPublishingA(new BackupFailed(SITE, "r2", "disk error", SiteStatus.Ready, null))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }
}
