package siteops.command.repair;

import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.operation.JobKind;
import siteops.api.repair.RecordRepairFailed;
import siteops.api.repair.RepairCompleted;
import siteops.api.repair.RepairFailed;
import siteops.api.repair.RepairRequested;
import siteops.api.repair.RepairStarted;
import siteops.api.repair.StartRepair;
import siteops.api.site.SiteStatus;
import siteops.command.testing.RecordingAgent;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The repair process relays: it starts the repair, hands it to the agent with a deadline, and reports a missed one. */
class SiteRepairProcessTest {

    private static final String SITE = "site-1";
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    private SagaTestFixture<SiteRepairProcess> fixture;
    private RecordingAgent agent;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(SiteRepairProcess.class);
        agent = new RecordingAgent();
        fixture.registerResource(agent);
        fixture.registerResource(new RepairProcessSettings(TIMEOUT));
    }

    @Test
    void aRequestedRepairIsStarted() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(new RepairRequested(SITE, "r1", SiteStatus.Ready))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new StartRepair(SITE, "r1"));
    }

    @Test
    void aStartedRepairGoesToTheAgentWithADeadline() {
        fixture.givenAPublished(new RepairRequested(SITE, "r1", SiteStatus.Ready))
                .whenPublishingA(new RepairStarted(SITE, "r1"))
                .expectScheduledDeadlineWithName(TIMEOUT, SiteRepairProcess.REPAIR_TIMEOUT)
                .expectNoDispatchedCommands();
        assertThat(agent.jobs()).hasSize(1);
        assertThat(agent.last().kind()).isEqualTo(JobKind.REPAIR);
        assertThat(agent.last().operationId()).isEqualTo("r1");
        assertThat(agent.last().subject()).isNull();
    }

    @Test
    void anAgentThatNeverReportsFailsTheRepairAtTheDeadline() {
        fixture.givenAPublished(new RepairRequested(SITE, "r1", SiteStatus.Ready))
                .andThenAPublished(new RepairStarted(SITE, "r1"))
                .whenTimeElapses(TIMEOUT.plusSeconds(1))
                .expectDispatchedCommands(new RecordRepairFailed(SITE, "r1", "the agent did not report within PT10M"));
    }

    @Test
    void theProcessEndsWithTheRepairAndItsDeadlineIsCancelled() {
        fixture.givenAPublished(new RepairRequested(SITE, "r1", SiteStatus.Ready))
                .andThenAPublished(new RepairStarted(SITE, "r1"))
                .whenPublishingA(new RepairCompleted(SITE, "r1", SiteStatus.Ready))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
        fixture.givenAPublished(new RepairRequested(SITE, "r2", SiteStatus.Ready))
                .andThenAPublished(new RepairStarted(SITE, "r2"))
                .whenPublishingA(new RepairFailed(SITE, "r2", "disk error"))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }
}
