package siteops.command.site;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.organisation.Membership;
import siteops.api.organisation.OrganisationKind;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.api.site.Edition;
import siteops.api.site.RegisterSite;
import siteops.api.site.SiteRegistered;
import siteops.api.site.SiteRegistration;
import siteops.api.site.SiteType;
import siteops.command.catalog.VersionCatalog;
import siteops.command.organisation.Organisations;
import siteops.command.testing.Refused;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static siteops.command.testing.Actors.ACME;
import static siteops.command.testing.Actors.CLIENT;
import static siteops.command.testing.Actors.GLOBEX;
import static siteops.command.testing.Actors.OPERATOR;
import static siteops.command.testing.Actors.as;

class SiteRegistrationTest {

    private AggregateTestFixture<Site> fixture;

    private final Map<String, Membership> organisations = new HashMap<>();
    private final Map<String, String> siteOfKey = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Site.class);
        fixture.registerInjectableResource((VersionCatalog) (product, version) -> !version.equals("2099.1"));
        fixture.registerInjectableResource((SiteKeys) (key, siteId, description) -> {
            if (!siteOfKey.computeIfAbsent(key, taken -> siteId).equals(siteId)) {
                throw new RefusedException(RefusalCode.SITE_ALREADY_REGISTERED, description);
            }
        });
        organisations.put("acme", new Membership("acme", OrganisationKind.PARTNER, null));
        organisations.put("globex", new Membership("globex", OrganisationKind.PARTNER, null));
        organisations.put("client", new Membership("client", OrganisationKind.CLIENT, "acme"));
        fixture.registerInjectableResource((Organisations) id -> Optional.ofNullable(organisations.get(id)));
    }

    private static RegisterSite registration(String version, String timeZone, List<String> companies) {
        return registrationFor("client", version, timeZone, companies);
    }

    private static RegisterSite registrationFor(String clientId, String version, String timeZone,
                                                List<String> companies) {
        return new RegisterSite("site-1", "SAGE-CS", "Sage 100", Edition.Premium, version, "Normal",
                SiteType.Staging, timeZone, true, "H328128", "acme", clientId, companies);
    }

    @Test
    void anOperatorRegistersASiteForAnyPartner() {
        fixture.givenNoPriorActivity()
                .when(registration("2020.3", "Europe/Paris", List.of("BIJOU", "GESCOM")), as(OPERATOR))
                .expectEvents(new SiteRegistered("site-1", "SAGE-CS", "Sage 100", Edition.Premium, "2020.3",
                        "Normal", SiteType.Staging, "Europe/Paris", true, "H328128", "acme", "client",
                        List.of("BIJOU", "GESCOM")))
                .expectResultMessagePayload(new SiteRegistration("site-1", 0));
    }

    @Test
    void aVersionNotInItsCanonicalSpellingIsRefused() {
        fixture.givenNoPriorActivity()
                .when(registration("2020.03", "Europe/Paris", List.of()), as(OPERATOR))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
    }

    @Test
    void aClientOfAnotherPartnerIsRefusedEvenToAnOperator() {
        organisations.put("client", new Membership("client", OrganisationKind.CLIENT, "globex"));
        fixture.givenNoPriorActivity()
                .when(registration("2020.3", "Europe/Paris", List.of()), as(ACME))
                .expectException(Refused.with(RefusalCode.CLIENT_NOT_FOUND))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(registration("2020.3", "Europe/Paris", List.of()), as(OPERATOR))
                .expectException(Refused.with(RefusalCode.CLIENT_NOT_FOUND));
    }

    @Test
    void aClientMustExistBeforeItsSitesAreRegistered() {
        fixture.givenNoPriorActivity()
                .when(registrationFor("newcomer", "2020.3", "Europe/Paris", List.of()), as(ACME))
                .expectException(Refused.with(RefusalCode.CLIENT_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void aPartnersOwnSitesNameThePartnerAsClient() {
        fixture.givenNoPriorActivity()
                .when(registrationFor("acme", "2020.3", "Europe/Paris", List.of()), as(ACME))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anotherPartnerIsNoClient() {
        fixture.givenNoPriorActivity()
                .when(registrationFor("globex", "2020.3", "Europe/Paris", List.of()), as(ACME))
                .expectException(Refused.with(RefusalCode.CLIENT_NOT_FOUND));
    }

    @Test
    void aSiteRunsAPublishedVersion() {
        fixture.givenNoPriorActivity()
                .when(registration("2099.1", "Europe/Paris", List.of()), as(OPERATOR))
                .expectException(Refused.with(RefusalCode.VERSION_NOT_AVAILABLE));
    }

    @Test
    void theNameAndTheSerialNumberIdentifyOneSiteOnly() {
        siteOfKey.put(SiteKeys.nameKey("sage-cs"), "another-site");
        fixture.givenNoPriorActivity()
                .when(registration("2020.3", "Europe/Paris", List.of()), as(OPERATOR))
                .expectException(Refused.with(RefusalCode.SITE_ALREADY_REGISTERED));
        siteOfKey.clear();
        siteOfKey.put(SiteKeys.serialNumberKey("h328128"), "another-site");
        fixture.givenNoPriorActivity()
                .when(registration("2020.3", "Europe/Paris", List.of()), as(OPERATOR))
                .expectException(Refused.with(RefusalCode.SITE_ALREADY_REGISTERED));
    }

    @Test
    void aTimeZoneMustBeAnIanaRegionNotAnOffset() {
        fixture.givenNoPriorActivity()
                .when(registration("2020.3", "+01:00", List.of()), as(OPERATOR))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
    }

    @Test
    void aPartnerRegistersSitesForItselfOnly() {
        fixture.givenNoPriorActivity()
                .when(registration("2020.3", "Europe/Paris", List.of()), as(ACME))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(registration("2020.3", "Europe/Paris", List.of()), as(GLOBEX))
                .expectException(Refused.with(RefusalCode.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void aClientCannotRegisterSites() {
        fixture.givenNoPriorActivity()
                .when(registration("2020.3", "Europe/Paris", List.of()), as(CLIENT))
                .expectException(Refused.with(RefusalCode.FORBIDDEN));
    }

    @Test
    void aRequestWithoutAnActorIsForbidden() {
        fixture.givenNoPriorActivity()
                .when(registration("2020.3", "Europe/Paris", List.of()))
                .expectException(Refused.with(RefusalCode.FORBIDDEN));
    }

    @Test
    void refusesAnUnknownProductVersionTimeZoneOrRepeatedCompany() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSite("site-1", "X", "Sage 200", Edition.Premium, "2020.3", "Normal",
                        SiteType.Staging, "Europe/Paris", true, "S", "acme", "client", List.of()), as(OPERATOR))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
        fixture.givenNoPriorActivity()
                .when(registration("latest", "Europe/Paris", List.of()), as(OPERATOR))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
        fixture.givenNoPriorActivity()
                .when(registration("2020.3", "Mars/Olympus", List.of()), as(OPERATOR))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
        fixture.givenNoPriorActivity()
                .when(registration("2020.3", "Europe/Paris", List.of("PAIE", "PAIE")), as(OPERATOR))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
    }

    @Test
    void companiesThatFoldAlikeAreTheSameCompany() {
        for (List<String> companies : List.of(List.of("PAIE", "ｐａｉｅ"), List.of("STRASSE", "Straße"))) {
            fixture.givenNoPriorActivity()
                    .when(registration("2020.3", "Europe/Paris", companies), as(OPERATOR))
                    .expectException(Refused.with(RefusalCode.INVALID_REQUEST))
                    .expectNoEvents();
        }
    }
}
