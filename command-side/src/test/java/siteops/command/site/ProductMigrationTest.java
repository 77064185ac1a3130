package siteops.command.site;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.refusal.RefusalCode;
import siteops.api.site.Edition;
import siteops.api.site.MigrateProduct;
import siteops.api.site.ProductMigrated;
import siteops.api.site.ProductMigrationOutcome;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateStarted;
import siteops.command.testing.Refused;

import java.util.List;

import static siteops.command.site.SiteEvents.SITE;
import static siteops.command.site.SiteEvents.registered;
import static siteops.command.testing.Actors.ACME;
import static siteops.command.testing.Actors.GLOBEX;
import static siteops.command.testing.Actors.as;

class ProductMigrationTest {

    private AggregateTestFixture<Site> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Site.class);
    }

    @Test
    void essentialsMigratesToPremiumKeepingItsVersion() {
        fixture.given(registered(Edition.Essentials, "2020.3", List.of("PAIE")))
                .when(new MigrateProduct(SITE, Edition.Premium, null, null), as(ACME))
                .expectEvents(new ProductMigrated(SITE, Edition.Essentials, Edition.Premium, "2020.3"))
                .expectResultMessagePayload(new ProductMigrationOutcome(SITE, "Sage 100", Edition.Premium,
                        "Sage 100 Premium", "2020.3", 1));
    }

    @Test
    void premiumNeverGoesBackToEssentials() {
        fixture.given(registered(Edition.Premium, "2020.3", List.of()))
                .when(new MigrateProduct(SITE, Edition.Essentials, null, null), as(ACME))
                .expectException(Refused.with(RefusalCode.DOWNGRADE_NOT_ALLOWED))
                .expectNoEvents();
    }

    @Test
    void migratingToTheSameEditionIsRefused() {
        fixture.given(registered(Edition.Premium, "2020.3", List.of()))
                .when(new MigrateProduct(SITE, Edition.Premium, null, null), as(ACME))
                .expectException(Refused.with(RefusalCode.SAME_EDITION));
        fixture.given(registered(Edition.Essentials, "2020.3", List.of()))
                .when(new MigrateProduct(SITE, Edition.Essentials, null, null), as(ACME))
                .expectException(Refused.with(RefusalCode.SAME_EDITION));
    }

    @Test
    void aMigrationThatNamesAVersionIsRefusedEvenTheCurrentOne() {
        fixture.given(registered(Edition.Essentials, "2020.3", List.of()))
                .when(new MigrateProduct(SITE, Edition.Premium, "2021.3", null), as(ACME))
                .expectException(Refused.with(RefusalCode.MIGRATION_CANNOT_CHANGE_VERSION))
                .expectNoEvents();
        fixture.given(registered(Edition.Essentials, "2020.3", List.of()))
                .when(new MigrateProduct(SITE, Edition.Premium, "2020.3", null), as(ACME))
                .expectException(Refused.with(RefusalCode.MIGRATION_CANNOT_CHANGE_VERSION));
    }

    @Test
    void noMigrationWhileAnUpdateIsPendingOrRunning() {
        List<String> companies = List.of("PAIE");
        fixture.given(registered(Edition.Essentials, "2020.3", companies),
                        new UpdateRequested(SITE, "u1", "2020.3", "2021.3", companies))
                .when(new MigrateProduct(SITE, Edition.Premium, null, null), as(ACME))
                .expectException(Refused.with(RefusalCode.SITE_NOT_READY));
        fixture.given(registered(Edition.Essentials, "2020.3", companies),
                        new UpdateRequested(SITE, "u1", "2020.3", "2021.3", companies),
                        new UpdateStarted(SITE, "u1", "2020.3", "2021.3", companies, null))
                .when(new MigrateProduct(SITE, Edition.Premium, null, null), as(ACME))
                .expectException(Refused.with(RefusalCode.SITE_NOT_READY));
    }

    @Test
    void aSiteAPartnerMayNotSeeIsNotFound() {
        fixture.given(registered(Edition.Essentials, "2020.3", List.of()))
                .when(new MigrateProduct(SITE, Edition.Premium, null, null), as(GLOBEX))
                .expectException(Refused.with(RefusalCode.SITE_NOT_FOUND));
    }

    @Test
    void aStaleRevisionIsRefused() {
        fixture.given(registered(Edition.Essentials, "2020.3", List.of()))
                .when(new MigrateProduct(SITE, Edition.Premium, null, 3L), as(ACME))
                .expectException(Refused.with(RefusalCode.CONCURRENT_MODIFICATION));
    }
}
