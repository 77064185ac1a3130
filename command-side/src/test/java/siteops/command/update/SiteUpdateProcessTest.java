package siteops.command.update;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.matchers.Matchers;
import org.axonframework.test.saga.SagaTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.operation.JobKind;
import siteops.api.update.CompanyConversionFailed;
import siteops.api.update.CompanyConverted;
import siteops.api.update.RecordCompanyConversionFailed;
import siteops.api.update.RollBackUpdate;
import siteops.api.update.StartUpdate;
import siteops.api.update.UpdateCompleted;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateRolledBack;
import siteops.api.update.UpdateStarted;
import siteops.command.testing.RecordingAgent;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SiteUpdateProcessTest {

    private static final String SITE = "site-1";
    private static final String UPDATE = "u1";
    private static final List<String> COMPANIES = List.of("BIJOU", "GESCOM", "PAIE");
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private SagaTestFixture<SiteUpdateProcess> fixture;
    private RecordingAgent agent;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(SiteUpdateProcess.class);
        agent = new RecordingAgent();
        fixture.registerResource(agent);
        fixture.registerResource(new UpdateProcessSettings(TIMEOUT));
    }

    private static UpdateRequested requested() {
        return new UpdateRequested(SITE, UPDATE, "2020.3", "2021.3", COMPANIES);
    }

    private static UpdateStarted started() {
        return new UpdateStarted(SITE, UPDATE, "2020.3", "2021.3", COMPANIES, null);
    }

    private static CompanyConverted converted(String company) {
        return new CompanyConverted(SITE, UPDATE, company, "2021.3");
    }

    @Test
    void aRequestedUpdateIsStarted() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(requested())
                .expectActiveSagas(1)
                .expectDispatchedCommands(new StartUpdate(SITE, UPDATE));
    }

    @Test
    void theFirstCompanyIsConvertedWithATimeout() {
        fixture.givenAPublished(requested())
                .whenPublishingA(started())
                .expectNoDispatchedCommands()
                .expectScheduledDeadlineWithName(TIMEOUT, SiteUpdateProcess.CONVERSION_TIMEOUT);
        assertThat(agent.companiesAskedFor()).containsExactly("BIJOU");
        assertThat(agent.last().kind()).isEqualTo(JobKind.CONVERT_COMPANY);
        assertThat(agent.last().parameters()).containsEntry("fromVersion", "2020.3");
        assertThat(agent.last().parameters()).containsEntry("targetVersion", "2021.3");
    }

    @Test
    void companiesAreConvertedOneAfterTheOther() {
        fixture.givenAPublished(requested())
                .andThenAPublished(started())
                .andThenAPublished(converted("BIJOU"))
                .whenPublishingA(converted("GESCOM"))
                .expectScheduledDeadlineWithName(TIMEOUT, SiteUpdateProcess.CONVERSION_TIMEOUT)
                .expectActiveSagas(1);
        assertThat(agent.companiesAskedFor()).containsExactly("BIJOU", "GESCOM", "PAIE");
    }

    @Test
    void theLastCompanyConvertedAsksForNothingMore() {
        fixture.givenAPublished(requested())
                .andThenAPublished(started())
                .andThenAPublished(converted("BIJOU"))
                .andThenAPublished(converted("GESCOM"))
                .whenPublishingA(converted("PAIE"))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
        assertThat(agent.companiesAskedFor()).containsExactly("BIJOU", "GESCOM", "PAIE");
    }

    @Test
    void aProcessStoredByAnEarlierVersionGoesOnFromTheCompaniesItHadLeft() {
        fixture.givenAPublished(requested())
                .andThenAPublished(new UpdateStarted(SITE, UPDATE, "2020.3", "2021.3", List.of("GESCOM", "PAIE"), null))
                .whenPublishingA(converted("GESCOM"));
        assertThat(agent.companiesAskedFor()).containsExactly("GESCOM", "PAIE");
    }

    @Test
    void theAgentIsToldWhoCausedTheUpdate() {
        MetaData origin = MetaData.with("actor", "acme").and("correlationId", "request-42");
        fixture.givenAPublished(requested())
                .whenPublishingA(GenericEventMessage.asEventMessage(started()).andMetaData(origin));
        assertThat(agent.last().correlationData()).containsEntry("actor", "acme")
                .containsEntry("correlationId", "request-42");
    }

    @Test
    void aFailedConversionRollsTheUpdateBack() {
        fixture.givenAPublished(requested())
                .andThenAPublished(started())
                .andThenAPublished(converted("BIJOU"))
                .whenPublishingA(new CompanyConversionFailed(SITE, UPDATE, "GESCOM", "disk full"))
                .expectDispatchedCommands(new RollBackUpdate(SITE, UPDATE))
                .expectNoScheduledDeadlines();
    }

    @Test
    void aConversionThatNeverReportsBackFailsAfterTheTimeout() {
        fixture.givenAPublished(requested())
                .andThenAPublished(started())
                .andThenAPublished(converted("BIJOU"))
                .whenTimeElapses(TIMEOUT.plusSeconds(1))
                .expectDeadlinesMet(new ConversionTimeout("GESCOM", TIMEOUT))
                .expectDispatchedCommands(new RecordCompanyConversionFailed(SITE, UPDATE, "GESCOM",
                        "the agent did not report within PT5M"));
    }

    @Test
    void theTimeoutKeepsTheActorAndCorrelationIdOfTheUpdate() {
        MetaData origin = MetaData.with("actor", "acme").and("correlationId", "request-42");
        fixture.givenAPublished(requested())
                .andThenAPublished(GenericEventMessage.asEventMessage(started()).andMetaData(origin))
                .whenTimeElapses(TIMEOUT.plusSeconds(1))
                .expectDispatchedCommandsMatching(Matchers.exactSequenceOf(
                        carrying(RecordCompanyConversionFailed.class, origin), Matchers.andNoMore()));
    }

    private static Matcher<CommandMessage<?>> carrying(Class<?> payloadType, MetaData metaData) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandMessage<?> command) {
                return payloadType.isInstance(command.getPayload())
                        && command.getMetaData().entrySet().containsAll(metaData.entrySet());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(payloadType.getSimpleName() + " carrying " + metaData);
            }
        };
    }

    @Test
    void aReportForACompanyNotBeingConvertedDoesNotMoveTheProcessOn() {
        fixture.givenAPublished(requested())
                .andThenAPublished(started())
                .whenPublishingA(converted("PAIE"))
                .expectNoDispatchedCommands();
        assertThat(agent.companiesAskedFor()).containsExactly("BIJOU");
    }

    @Test
    void aRepeatedFailureAsksForTheRollbackAgainHarmlessly() {
        fixture.givenAPublished(requested())
                .andThenAPublished(started())
                .andThenAPublished(new CompanyConversionFailed(SITE, UPDATE, "BIJOU", "disk full"))
                .whenPublishingA(new CompanyConversionFailed(SITE, UPDATE, "BIJOU", "disk full"))
                .expectDispatchedCommands(new RollBackUpdate(SITE, UPDATE))
                .expectActiveSagas(1);
    }

    @Test
    void aConversionThatReportsInTimeDoesNotTimeOut() {
        fixture.givenAPublished(requested())
                .andThenAPublished(started())
                .andThenAPublished(converted("BIJOU"))
                .andThenAPublished(converted("GESCOM"))
                .andThenAPublished(converted("PAIE"))
                .whenTimeElapses(TIMEOUT.plusSeconds(1))
                .expectNoDispatchedCommands();
    }

    @Test
    void theProcessEndsWhenTheUpdateCompletes() {
        fixture.givenAPublished(requested())
                .andThenAPublished(started())
                .andThenAPublished(converted("BIJOU"))
                .andThenAPublished(converted("GESCOM"))
                .andThenAPublished(converted("PAIE"))
                .whenPublishingA(new UpdateCompleted(SITE, UPDATE, "2020.3", "2021.3"))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void theProcessEndsWhenTheUpdateIsRolledBack() {
        fixture.givenAPublished(requested())
                .andThenAPublished(started())
                .andThenAPublished(new CompanyConversionFailed(SITE, UPDATE, "BIJOU", "disk full"))
                .whenPublishingA(new UpdateRolledBack(SITE, UPDATE, "2020.3", "BIJOU", "disk full", null))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }
}
