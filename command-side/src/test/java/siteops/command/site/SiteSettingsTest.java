package siteops.command.site;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.lifecycle.SiteLocked;
import siteops.api.lifecycle.SiteSuspended;
import siteops.api.refusal.RefusalCode;
import siteops.api.site.ChangeSiteSettings;
import siteops.api.site.Edition;
import siteops.api.site.SettingChange;
import siteops.api.site.SiteSettings;
import siteops.api.site.SiteSettingsChanged;
import siteops.api.update.UpdateRequested;
import siteops.command.testing.Refused;

import java.util.List;

import static siteops.command.site.SiteEvents.SITE;
import static siteops.command.site.SiteEvents.registered;
import static siteops.command.testing.Actors.ACME;
import static siteops.command.testing.Actors.CLIENT;
import static siteops.command.testing.Actors.OPERATOR;
import static siteops.command.testing.Actors.as;

/** Modify: plan, time zone and site administration; one event with what changed, none when nothing did. */
class SiteSettingsTest {

    private AggregateTestFixture<Site> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Site.class);
    }

    /** SAGE-CS: plan Normal, Europe/Paris, site administration on. */
    private static Object ready() {
        return registered(Edition.Premium, "2020.3", List.of("BIJOU"));
    }

    @Test
    void oneEventSaysWhatChangedBeforeAndAfter() {
        fixture.given(ready())
                .when(new ChangeSiteSettings(SITE, "Premium support", "Europe/Brussels", null, null), as(ACME))
                .expectEvents(new SiteSettingsChanged(SITE, new SettingChange<>("Normal", "Premium support"),
                        new SettingChange<>("Europe/Paris", "Europe/Brussels"), null))
                .expectResultMessagePayload(new SiteSettings(SITE, "Premium support", "Europe/Brussels", true, 1));
    }

    @Test
    void aModificationThatChangesNothingStoresNothing() {
        fixture.given(ready())
                .when(new ChangeSiteSettings(SITE, "Normal", "Europe/Paris", true, null), as(ACME))
                .expectNoEvents()
                .expectResultMessagePayload(new SiteSettings(SITE, "Normal", "Europe/Paris", true, 0));
        fixture.given(ready())
                .when(new ChangeSiteSettings(SITE, null, null, null, null), as(OPERATOR))
                .expectNoEvents();
    }

    @Test
    void theNewSettingsAreThoseTheNextModificationStartsFrom() {
        fixture.given(ready(), new SiteSettingsChanged(SITE, null, null, new SettingChange<>(true, false)))
                .when(new ChangeSiteSettings(SITE, null, null, true, null), as(ACME))
                .expectEvents(new SiteSettingsChanged(SITE, null, null, new SettingChange<>(false, true)));
    }

    @Test
    void aLockedOrSuspendedSiteMayBeModifiedAnUpdatingOneMayNot() {
        fixture.given(ready(), new SiteLocked(SITE, "audit"))
                .when(new ChangeSiteSettings(SITE, null, null, false, null), as(ACME))
                .expectSuccessfulHandlerExecution();
        fixture.given(ready(), new SiteSuspended(SITE, "unpaid"))
                .when(new ChangeSiteSettings(SITE, null, null, false, null), as(ACME))
                .expectSuccessfulHandlerExecution();
        fixture.given(ready(), new UpdateRequested(SITE, "u1", "2020.3", "2021.3", List.of("BIJOU")))
                .when(new ChangeSiteSettings(SITE, null, null, false, null), as(ACME))
                .expectException(Refused.with(RefusalCode.SITE_NOT_READY));
    }

    @Test
    void anUnknownTimeZoneAClientOrAStaleRevisionIsRefused() {
        fixture.given(ready())
                .when(new ChangeSiteSettings(SITE, null, "Europe/Atlantis", null, null), as(ACME))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
        fixture.given(ready())
                .when(new ChangeSiteSettings(SITE, null, "SystemV/EST5", null, null), as(ACME))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
        fixture.given(ready())
                .when(new ChangeSiteSettings(SITE, "Normal", null, null, null), as(CLIENT))
                .expectException(Refused.with(RefusalCode.FORBIDDEN));
        fixture.given(ready())
                .when(new ChangeSiteSettings(SITE, "Gold", null, null, 3L), as(ACME))
                .expectException(Refused.with(RefusalCode.CONCURRENT_MODIFICATION));
    }
}
