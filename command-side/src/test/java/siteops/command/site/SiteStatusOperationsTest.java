package siteops.command.site;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.lifecycle.LockSite;
import siteops.api.lifecycle.ResumeSite;
import siteops.api.lifecycle.SiteLocked;
import siteops.api.lifecycle.SiteResumed;
import siteops.api.lifecycle.SiteStatusOutcome;
import siteops.api.lifecycle.SiteSuspended;
import siteops.api.lifecycle.SiteUnlocked;
import siteops.api.lifecycle.SuspendSite;
import siteops.api.lifecycle.UnlockSite;
import siteops.api.refusal.RefusalCode;
import siteops.api.site.Edition;
import siteops.api.site.SiteOperation;
import siteops.api.site.SiteStatus;
import siteops.command.testing.Refused;

import java.util.List;
import java.util.Map;

import static siteops.command.site.SiteEvents.SITE;
import static siteops.command.site.SiteEvents.registered;
import static siteops.command.testing.Actors.ACME;
import static siteops.command.testing.Actors.GLOBEX;
import static siteops.command.testing.Actors.OPERATOR;
import static siteops.command.testing.Actors.as;

/** Lock and unlock, suspend and resume: the rules beyond the lifecycle's tables. */
class SiteStatusOperationsTest {

    private AggregateTestFixture<Site> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Site.class);
    }

    private static Object ready() {
        return registered(Edition.Premium, "2020.3", List.of("BIJOU"));
    }

    @Test
    void aLockSaysWhyAndAnswersTheNewStatusAndRevision() {
        fixture.given(ready())
                .when(new LockSite(SITE, "security audit", null), as(ACME))
                .expectEvents(new SiteLocked(SITE, "security audit"))
                .expectResultMessagePayload(new SiteStatusOutcome(SITE, SiteStatus.Locked, 1));
    }

    @Test
    void unlockingBringsTheSiteBackToReady() {
        fixture.given(ready(), new SiteLocked(SITE, "audit"))
                .when(new UnlockSite(SITE, null), as(OPERATOR))
                .expectEvents(new SiteUnlocked(SITE))
                .expectResultMessagePayload(new SiteStatusOutcome(SITE, SiteStatus.Ready, 2));
    }

    @Test
    void aLockedSiteMayBeSuspendedAndResumingMakesItReady() {
        fixture.given(ready(), new SiteLocked(SITE, "audit"))
                .when(new SuspendSite(SITE, "contract ended", null), as(ACME))
                .expectEvents(new SiteSuspended(SITE, "contract ended"));
        fixture.given(ready(), new SiteSuspended(SITE, "unpaid"))
                .when(new ResumeSite(SITE, null), as(ACME))
                .expectEvents(new SiteResumed(SITE))
                .expectResultMessagePayload(new SiteStatusOutcome(SITE, SiteStatus.Ready, 2));
    }

    @Test
    void aSuspendedSiteCannotBeUnlockedAndTheRefusalSaysItsStatusAndWhatItAllows() {
        fixture.given(ready(), new SiteSuspended(SITE, "unpaid"))
                .when(new UnlockSite(SITE, null), as(ACME))
                .expectException(Refused.with(RefusalCode.SITE_NOT_READY, Map.of("siteStatus", SiteStatus.Suspended,
                        "allowedOperations", List.of(SiteOperation.MODIFY, SiteOperation.RESUME,
                                SiteOperation.MANAGE_BACKUPS))))
                .expectNoEvents();
    }

    @Test
    void aLockOrSuspensionWithoutAReasonIsRefused() {
        fixture.given(ready())
                .when(new LockSite(SITE, " ", null), as(ACME))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
        fixture.given(ready())
                .when(new SuspendSite(SITE, null, null), as(ACME))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
    }

    @Test
    void anotherPartnerDoesNotSeeTheSite() {
        fixture.given(ready())
                .when(new LockSite(SITE, "audit", null), as(GLOBEX))
                .expectException(Refused.with(RefusalCode.SITE_NOT_FOUND));
    }

    @Test
    void aStaleRevisionIsAConcurrentModification() {
        fixture.given(ready(), new SiteLocked(SITE, "audit"))
                .when(new UnlockSite(SITE, 0L), as(ACME))
                .expectException(Refused.with(RefusalCode.CONCURRENT_MODIFICATION));
    }
}
