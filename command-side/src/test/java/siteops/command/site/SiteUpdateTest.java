package siteops.command.site;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.refusal.RefusalCode;
import siteops.api.site.Edition;
import siteops.api.site.SiteStatus;
import siteops.api.update.CompanyConversionFailed;
import siteops.api.update.CompanyConverted;
import siteops.api.update.CompanyRestored;
import siteops.api.update.RecordCompanyConversionFailed;
import siteops.api.update.RecordCompanyConverted;
import siteops.api.update.RequestUpdate;
import siteops.api.update.RollBackUpdate;
import siteops.api.update.StartUpdate;
import siteops.api.update.UpdateAccepted;
import siteops.api.update.UpdateCompleted;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateRolledBack;
import siteops.api.update.UpdateStarted;
import siteops.command.backup.BackupRetention;
import siteops.command.catalog.VersionCatalog;
import siteops.command.testing.Refused;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static siteops.command.site.SiteEvents.SITE;
import static siteops.command.site.SiteEvents.registered;
import static siteops.command.testing.Actors.ACME;
import static siteops.command.testing.Actors.CLIENT;
import static siteops.command.testing.Actors.GLOBEX;
import static siteops.command.testing.Actors.OPERATOR;
import static siteops.command.testing.Actors.OTHER_CLIENT;
import static siteops.command.testing.Actors.as;

class SiteUpdateTest {

    private static final List<String> COMPANIES = List.of("BIJOU", "GESCOM", "PAIE");
    private static final Set<String> CATALOG = Set.of("2019.5", "2020.3", "2021.3", "2021.10");

    private AggregateTestFixture<Site> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Site.class);
        fixture.registerInjectableResource((VersionCatalog) (product, version) ->
                product.equals("Sage 100") && CATALOG.contains(version));
        fixture.registerInjectableResource(new BackupRetention(10, Duration.ofDays(30)));
    }

    private static UpdateRequested requested() {
        return new UpdateRequested(SITE, "u1", "2020.3", "2021.3", COMPANIES);
    }

    /** An update as stored before updates took a backup: it started converting at once. */
    private static UpdateStarted started() {
        return new UpdateStarted(SITE, "u1", "2020.3", "2021.3", COMPANIES, null);
    }

    @Test
    void aReadySiteAcceptsAnUpdateToANewerPublishedVersion() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES))
                .when(new RequestUpdate(SITE, "u1", "2021.3", null), as(ACME))
                .expectEvents(requested())
                .expectResultMessagePayload(new UpdateAccepted("u1", SITE, SiteStatus.Update, 1));
    }

    @Test
    void versionsCompareAsVersionsNotAsText() {
        fixture.given(registered(Edition.Premium, "2021.3", COMPANIES))
                .when(new RequestUpdate(SITE, "u1", "2021.10", null), as(ACME))
                .expectEvents(new UpdateRequested(SITE, "u1", "2021.3", "2021.10", COMPANIES));
    }

    @Test
    void aTargetNotInItsCanonicalSpellingIsRefused() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES))
                .when(new RequestUpdate(SITE, "u1", "2021.03", null), as(ACME))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
    }

    @Test
    void aMalformedTargetIsRefusedBeforeTheSitesStateIsConsidered() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested())
                .when(new RequestUpdate(SITE, "u2", "latest", null), as(ACME))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
    }

    @Test
    void refusesATargetThatIsNotNewer() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES))
                .when(new RequestUpdate(SITE, "u1", "2020.3", null), as(ACME))
                .expectException(Refused.with(RefusalCode.VERSION_NOT_NEWER))
                .expectNoEvents();
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES))
                .when(new RequestUpdate(SITE, "u1", "2019.5", null), as(ACME))
                .expectException(Refused.with(RefusalCode.VERSION_NOT_NEWER));
    }

    @Test
    void refusesATargetThatIsNotInTheCatalog() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES))
                .when(new RequestUpdate(SITE, "u1", "2022.1", null), as(ACME))
                .expectException(Refused.with(RefusalCode.VERSION_NOT_AVAILABLE))
                .expectNoEvents();
    }

    @Test
    void refusesATargetThatIsNotAVersion() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES))
                .when(new RequestUpdate(SITE, "u1", "latest", null), as(ACME))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
    }

    @Test
    void anUpdateStartsOnlyFromReady() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested())
                .when(new RequestUpdate(SITE, "u2", "2021.3", null), as(ACME))
                .expectException(Refused.with(RefusalCode.SITE_NOT_READY));
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested(), started())
                .when(new RequestUpdate(SITE, "u2", "2021.3", null), as(ACME))
                .expectException(Refused.with(RefusalCode.SITE_NOT_READY));
    }

    @Test
    void aSiteIsInvisibleToPartnersAndClientsItDoesNotBelongTo() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES))
                .when(new RequestUpdate(SITE, "u1", "2021.3", null), as(GLOBEX))
                .expectException(Refused.with(RefusalCode.SITE_NOT_FOUND));
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES))
                .when(new RequestUpdate(SITE, "u1", "2021.3", null), as(OTHER_CLIENT))
                .expectException(Refused.with(RefusalCode.SITE_NOT_FOUND));
    }

    @Test
    void theSitesClientAndTheOperatorMayUpdateIt() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES))
                .when(new RequestUpdate(SITE, "u1", "2021.3", null), as(CLIENT))
                .expectEvents(requested());
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES))
                .when(new RequestUpdate(SITE, "u1", "2021.3", null), as(OPERATOR))
                .expectEvents(requested());
    }

    @Test
    void aStaleRevisionIsRefused() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested(), started(),
                        new CompanyConverted(SITE, "u1", "BIJOU", "2021.3"),
                        new CompanyConversionFailed(SITE, "u1", "GESCOM", "disk full"),
                        new CompanyRestored(SITE, "u1", "BIJOU", "2020.3"),
                        new UpdateRolledBack(SITE, "u1", "2020.3", "GESCOM", "disk full", null))
                .when(new RequestUpdate(SITE, "u2", "2021.3", 0L), as(ACME))
                .expectException(Refused.with(RefusalCode.CONCURRENT_MODIFICATION));
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES))
                .when(new RequestUpdate(SITE, "u1", "2021.3", 0L), as(ACME))
                .expectEvents(requested());
    }

    @Test
    void startingDisconnectsTheSiteOnceAndTakesTheBackupFirst() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested())
                .when(new StartUpdate(SITE, "u1"))
                .expectEvents(SiteUpdateEvents.preUpdateBackupRequested(COMPANIES));
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested(),
                        SiteUpdateEvents.preUpdateBackupRequested(COMPANIES))
                .when(new StartUpdate(SITE, "u1"))
                .expectNoEvents();
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested())
                .when(new StartUpdate(SITE, "another-update"))
                .expectNoEvents();
    }

    @Test
    void eachCompanyIsConvertedOnceAndTheLastCompletesTheUpdate() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested(), started())
                .when(new RecordCompanyConverted(SITE, "u1", "BIJOU"))
                .expectEvents(new CompanyConverted(SITE, "u1", "BIJOU", "2021.3"));
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested(), started(),
                        new CompanyConverted(SITE, "u1", "BIJOU", "2021.3"))
                .when(new RecordCompanyConverted(SITE, "u1", "BIJOU"))
                .expectNoEvents();
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested(), started(),
                        new CompanyConverted(SITE, "u1", "BIJOU", "2021.3"),
                        new CompanyConverted(SITE, "u1", "GESCOM", "2021.3"))
                .when(new RecordCompanyConverted(SITE, "u1", "PAIE"))
                .expectEvents(new CompanyConverted(SITE, "u1", "PAIE", "2021.3"),
                        new UpdateCompleted(SITE, "u1", "2020.3", "2021.3"));
    }

    @Test
    void reportsForAnotherUpdateOrAnUnknownCompanyChangeNothing() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested(), started())
                .when(new RecordCompanyConverted(SITE, "old-update", "BIJOU"))
                .expectNoEvents();
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested(), started())
                .when(new RecordCompanyConverted(SITE, "u1", "UNKNOWN"))
                .expectNoEvents();
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested())
                .when(new RecordCompanyConverted(SITE, "u1", "BIJOU"))
                .expectNoEvents();
    }

    @Test
    void companiesAreConvertedInTheirOrderAndAReportOutOfTurnChangesNothing() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested(), started())
                .when(new RecordCompanyConverted(SITE, "u1", "GESCOM"))
                .expectNoEvents();
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested(), started())
                .when(new RecordCompanyConversionFailed(SITE, "u1", "PAIE", "timed out"))
                .expectNoEvents();
    }

    @Test
    void aFailedConversionStartsTheRollback() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested(), started(),
                        new CompanyConverted(SITE, "u1", "BIJOU", "2021.3"))
                .when(new RecordCompanyConversionFailed(SITE, "u1", "GESCOM", "disk full"))
                .expectEvents(new CompanyConversionFailed(SITE, "u1", "GESCOM", "disk full"));
    }

    @Test
    void aLateFailureOfAConvertedCompanyOrAFinishedUpdateChangesNothing() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested(), started(),
                        new CompanyConverted(SITE, "u1", "BIJOU", "2021.3"))
                .when(new RecordCompanyConversionFailed(SITE, "u1", "BIJOU", "timed out"))
                .expectNoEvents();
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested(), started(),
                        new CompanyConversionFailed(SITE, "u1", "BIJOU", "disk full"))
                .when(new RecordCompanyConversionFailed(SITE, "u1", "GESCOM", "timed out"))
                .expectNoEvents();
    }

    @Test
    void anUpdateStoredBeforeUpdatesTookABackupRollsBackCompanyByCompanyAndKeepsTheVersion() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested(), started(),
                        new CompanyConverted(SITE, "u1", "BIJOU", "2021.3"),
                        new CompanyConverted(SITE, "u1", "GESCOM", "2021.3"),
                        new CompanyConversionFailed(SITE, "u1", "PAIE", "disk full"))
                .when(new RollBackUpdate(SITE, "u1"))
                .expectEvents(new CompanyRestored(SITE, "u1", "GESCOM", "2020.3"),
                        new CompanyRestored(SITE, "u1", "BIJOU", "2020.3"),
                        new UpdateRolledBack(SITE, "u1", "2020.3", "PAIE", "disk full", null));
    }

    @Test
    void aRollbackRunsOnceAndOnlyAfterAFailure() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested(), started())
                .when(new RollBackUpdate(SITE, "u1"))
                .expectNoEvents();
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested(), started(),
                        new CompanyConversionFailed(SITE, "u1", "BIJOU", "disk full"),
                        new UpdateRolledBack(SITE, "u1", "2020.3", "BIJOU", "disk full", null))
                .when(new RollBackUpdate(SITE, "u1"))
                .expectNoEvents();
    }

    @Test
    void afterARollbackTheSiteIsReadyOnItsOldVersion() {
        fixture.given(registered(Edition.Premium, "2020.3", COMPANIES), requested(), started(),
                        new CompanyConversionFailed(SITE, "u1", "BIJOU", "disk full"),
                        new UpdateRolledBack(SITE, "u1", "2020.3", "BIJOU", "disk full", null))
                .when(new RequestUpdate(SITE, "u2", "2021.3", null), as(ACME))
                .expectEvents(new UpdateRequested(SITE, "u2", "2020.3", "2021.3", COMPANIES));
    }

    @Test
    void afterCompletionTheSiteRunsTheTargetVersion() {
        fixture.given(registered(Edition.Premium, "2020.3", List.of()),
                        new UpdateRequested(SITE, "u1", "2020.3", "2021.3", List.of()),
                        new UpdateStarted(SITE, "u1", "2020.3", "2021.3", List.of(), null),
                        new UpdateCompleted(SITE, "u1", "2020.3", "2021.3"))
                .when(new RequestUpdate(SITE, "u2", "2021.3", null), as(ACME))
                .expectException(Refused.with(RefusalCode.VERSION_NOT_NEWER));
    }
}
