package siteops.command.restore;

import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.operation.JobKind;
import siteops.api.restore.RecordRestoreFailed;
import siteops.api.restore.RestoreCompleted;
import siteops.api.restore.RestoreFailed;
import siteops.api.restore.RestoreRequested;
import siteops.api.restore.RestoreStarted;
import siteops.api.restore.StartRestore;
import siteops.api.site.SiteStatus;
import siteops.command.testing.RecordingAgent;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The restore process relays, for a user's restore and an update's rollback alike: it starts the
 * restore, hands it to the agent with a deadline, and reports a missed one.
 */
class SiteRestoreProcessTest {

    private static final String SITE = "site-1";
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    private SagaTestFixture<SiteRestoreProcess> fixture;
    private RecordingAgent agent;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(SiteRestoreProcess.class);
        agent = new RecordingAgent();
        fixture.registerResource(agent);
        fixture.registerResource(new RestoreProcessSettings(TIMEOUT));
    }

    private static RestoreRequested requested(String updateId) {
        return new RestoreRequested(SITE, "x1", "b1", "2020.3", SiteStatus.Ready, updateId);
    }

    @Test
    void aRequestedRestoreIsStarted() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested(null))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new StartRestore(SITE, "x1"));
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested("u1"))
                .expectDispatchedCommands(new StartRestore(SITE, "x1"));
    }

    @Test
    void aStartedRestoreGoesToTheAgentWithItsBackupAndADeadline() {
        fixture.givenAPublished(requested(null))
                .whenPublishingA(new RestoreStarted(SITE, "x1", "b1", null))
                .expectScheduledDeadlineWithName(TIMEOUT, SiteRestoreProcess.RESTORE_TIMEOUT)
                .expectNoDispatchedCommands();
        assertThat(agent.jobs()).hasSize(1);
        assertThat(agent.last().kind()).isEqualTo(JobKind.RESTORE);
        assertThat(agent.last().operationId()).isEqualTo("x1");
        assertThat(agent.last().parameters()).isEqualTo(Map.of("backupId", "b1"));
    }

    @Test
    void anAgentThatNeverReportsFailsTheRestoreAtTheDeadline() {
        fixture.givenAPublished(requested(null))
                .andThenAPublished(new RestoreStarted(SITE, "x1", "b1", null))
                .whenTimeElapses(TIMEOUT.plusSeconds(1))
                .expectDispatchedCommands(new RecordRestoreFailed(SITE, "x1", "the agent did not report within PT30M"));
    }

    @Test
    void theProcessEndsWithTheRestoreAndItsDeadlineIsCancelled() {
        fixture.givenAPublished(requested(null))
                .andThenAPublished(new RestoreStarted(SITE, "x1", "b1", null))
                .whenPublishingA(new RestoreCompleted(SITE, "x1", "b1", "2020.3", SiteStatus.Ready, null))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
        fixture.givenAPublished(requested("u1"))
                .andThenAPublished(new RestoreStarted(SITE, "x1", "b1", "u1"))
                .whenPublishingA(new RestoreFailed(SITE, "x1", "b1", "checksum mismatch", "u1"))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }
}
