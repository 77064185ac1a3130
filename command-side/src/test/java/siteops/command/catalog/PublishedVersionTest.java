package siteops.command.catalog;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.catalog.PublishVersion;
import siteops.api.catalog.VersionKind;
import siteops.api.catalog.VersionPublished;
import siteops.api.refusal.RefusalCode;
import siteops.command.testing.Refused;

import java.time.LocalDate;

import static siteops.command.testing.Actors.ACME;
import static siteops.command.testing.Actors.OPERATOR;
import static siteops.command.testing.Actors.as;

class PublishedVersionTest {

    private static final LocalDate RELEASED = LocalDate.of(2021, 12, 8);

    private AggregateTestFixture<PublishedVersion> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PublishedVersion.class);
    }

    @Test
    void anOperatorPublishesAVersion() {
        fixture.givenNoPriorActivity()
                .when(new PublishVersion("Sage 100", "2021.3", RELEASED, VersionKind.FULL), as(OPERATOR))
                .expectEvents(new VersionPublished("Sage 100", "2021.3", RELEASED, VersionKind.FULL));
    }

    @Test
    void aVersionIsPublishedOnce() {
        fixture.given(new VersionPublished("Sage 100", "2021.3", RELEASED, VersionKind.FULL))
                .when(new PublishVersion("Sage 100", "2021.3", RELEASED, VersionKind.PATCH), as(OPERATOR))
                .expectException(Refused.with(RefusalCode.VERSION_ALREADY_PUBLISHED))
                .expectNoEvents();
    }

    @Test
    void onlyOperatorsPublish() {
        fixture.givenNoPriorActivity()
                .when(new PublishVersion("Sage 100", "2021.3", RELEASED, VersionKind.FULL), as(ACME))
                .expectException(Refused.with(RefusalCode.FORBIDDEN));
    }

    @Test
    void refusesAnUnknownProduct() {
        fixture.givenNoPriorActivity()
                .when(new PublishVersion("Sage 200", "2021.3", RELEASED, VersionKind.FULL), as(OPERATOR))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
    }

    @Test
    void refusesANonCanonicalVersion() {
        fixture.givenNoPriorActivity()
                .when(new PublishVersion("Sage 100", "2021.03", RELEASED, VersionKind.FULL), as(OPERATOR))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
    }
}
