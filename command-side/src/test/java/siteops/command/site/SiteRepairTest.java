package siteops.command.site;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.lifecycle.SiteLocked;
import siteops.api.refusal.RefusalCode;
import siteops.api.repair.RecordRepairDone;
import siteops.api.repair.RecordRepairFailed;
import siteops.api.repair.RepairAccepted;
import siteops.api.repair.RepairCompleted;
import siteops.api.repair.RepairFailed;
import siteops.api.repair.RepairRequested;
import siteops.api.repair.RepairSite;
import siteops.api.repair.RepairStarted;
import siteops.api.repair.StartRepair;
import siteops.api.site.Edition;
import siteops.api.update.RequestUpdate;
import siteops.api.site.SiteStatus;
import siteops.command.catalog.VersionCatalog;
import siteops.command.testing.Refused;

import java.time.temporal.ChronoUnit;
import java.util.List;

import static siteops.command.site.SiteEvents.SITE;
import static siteops.command.site.SiteEvents.registered;
import static siteops.command.testing.Actors.ACME;
import static siteops.command.testing.Actors.CLIENT;
import static siteops.command.testing.Actors.OPERATOR;
import static siteops.command.testing.Actors.as;

/** Repair: Repairing, then Ready; a failed repair leaves Fault, and a repair is the way out of it. */
class SiteRepairTest {

    private AggregateTestFixture<Site> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Site.class);
        fixture.registerInjectableResource((VersionCatalog) (product, version) -> true);
    }

    private static Object ready() {
        return registered(Edition.Premium, "2020.3", List.of("BIJOU"));
    }

    @Test
    void aRepairIsRequestedStartedAndCompleted() {
        fixture.given(ready())
                .when(new RepairSite(SITE, "r1", null), as(ACME))
                .expectEvents(new RepairRequested(SITE, "r1", SiteStatus.Ready))
                .expectResultMessagePayload(new RepairAccepted(SITE, "r1",
                        fixture.currentTime().truncatedTo(ChronoUnit.MILLIS), 1));
        fixture.given(ready(), new RepairRequested(SITE, "r1", SiteStatus.Ready))
                .when(new StartRepair(SITE, "r1"))
                .expectEvents(new RepairStarted(SITE, "r1"));
        fixture.given(ready(), new RepairRequested(SITE, "r1", SiteStatus.Ready), new RepairStarted(SITE, "r1"))
                .when(new RecordRepairDone(SITE, "r1"))
                .expectEvents(new RepairCompleted(SITE, "r1", SiteStatus.Ready));
    }

    @Test
    void aFailedRepairLeavesFaultFromWhichOnlyARepairOrARestoreStarts() {
        fixture.given(ready(), new RepairRequested(SITE, "r1", SiteStatus.Ready), new RepairStarted(SITE, "r1"))
                .when(new RecordRepairFailed(SITE, "r1", "disk error"))
                .expectEvents(new RepairFailed(SITE, "r1", "disk error"));
        Object[] fault = {ready(), new RepairRequested(SITE, "r1", SiteStatus.Ready), new RepairStarted(SITE, "r1"),
                new RepairFailed(SITE, "r1", "disk error")};
        fixture.given(fault)
                .when(new RequestUpdate(SITE, "u1", "2021.3", null), as(ACME))
                .expectException(Refused.with(RefusalCode.SITE_NOT_READY));
        fixture.given(fault)
                .when(new RepairSite(SITE, "r2", null), as(OPERATOR))
                .expectEvents(new RepairRequested(SITE, "r2", SiteStatus.Ready));
    }

    @Test
    void reportsThatNoLongerApplyAreIgnored() {
        fixture.given(ready(), new RepairRequested(SITE, "r1", SiteStatus.Ready))
                .when(new RecordRepairDone(SITE, "r1"))
                .expectNoEvents();
        fixture.given(ready(), new RepairRequested(SITE, "r1", SiteStatus.Ready), new RepairStarted(SITE, "r1"),
                        new RepairCompleted(SITE, "r1", SiteStatus.Ready))
                .when(new RecordRepairFailed(SITE, "r1", "late"))
                .expectNoEvents();
        fixture.given(ready(), new RepairRequested(SITE, "r1", SiteStatus.Ready), new RepairStarted(SITE, "r1"))
                .when(new StartRepair(SITE, "r1"))
                .expectNoEvents();
        fixture.given(ready(), new RepairRequested(SITE, "r1", SiteStatus.Ready), new RepairStarted(SITE, "r1"))
                .when(new RecordRepairDone(SITE, "another"))
                .expectNoEvents();
    }

    @Test
    void aLockedSiteMayBeRepairedAndStaysLockedARepairingOneNotAndAClientMayNotRepair() {
        fixture.given(ready(), new SiteLocked(SITE, "audit"))
                .when(new RepairSite(SITE, "r1", null), as(ACME))
                .expectEvents(new RepairRequested(SITE, "r1", SiteStatus.Locked));
        fixture.given(ready(), new SiteLocked(SITE, "audit"), new RepairRequested(SITE, "r1", SiteStatus.Locked),
                        new RepairStarted(SITE, "r1"))
                .when(new RecordRepairDone(SITE, "r1"))
                .expectEvents(new RepairCompleted(SITE, "r1", SiteStatus.Locked));
        fixture.given(ready(), new RepairRequested(SITE, "r1", SiteStatus.Ready))
                .when(new RepairSite(SITE, "r2", null), as(ACME))
                .expectException(Refused.with(RefusalCode.SITE_NOT_READY));
        fixture.given(ready())
                .when(new RepairSite(SITE, "r1", null), as(CLIENT))
                .expectException(Refused.with(RefusalCode.FORBIDDEN));
    }
}
