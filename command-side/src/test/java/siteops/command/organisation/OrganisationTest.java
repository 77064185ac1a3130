package siteops.command.organisation;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.access.ClientAssigned;
import siteops.api.organisation.CreateOrganisation;
import siteops.api.organisation.Membership;
import siteops.api.organisation.OrganisationCreated;
import siteops.api.organisation.OrganisationKind;
import siteops.api.refusal.RefusalCode;
import siteops.command.testing.Refused;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static siteops.command.testing.Actors.ACME;
import static siteops.command.testing.Actors.CLIENT;
import static siteops.command.testing.Actors.GLOBEX;
import static siteops.command.testing.Actors.OPERATOR;
import static siteops.command.testing.Actors.as;

class OrganisationTest {

    private AggregateTestFixture<Organisation> fixture;
    private final Map<String, Membership> existing = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
        existing.put("acme", new Membership("acme", OrganisationKind.PARTNER, null));
        existing.put("client", new Membership("client", OrganisationKind.CLIENT, "acme"));
        fixture.registerInjectableResource((Organisations) id -> Optional.ofNullable(existing.get(id)));
    }

    private static CreateOrganisation partner(String id) {
        return new CreateOrganisation(id, "Partner " + id, OrganisationKind.PARTNER, null);
    }

    private static CreateOrganisation client(String id, String partnerId) {
        return new CreateOrganisation(id, "Client " + id, OrganisationKind.CLIENT, partnerId);
    }

    @Test
    void theOperatorCreatesAPartner() {
        fixture.givenNoPriorActivity()
                .when(partner("globex"), as(OPERATOR))
                .expectEvents(new OrganisationCreated("globex", "Partner globex", OrganisationKind.PARTNER, null))
                .expectResultMessagePayload(0L);
    }

    @Test
    void aPartnerCreatesItsOwnClients() {
        fixture.givenNoPriorActivity()
                .when(client("bistro", "acme"), as(ACME))
                .expectEvents(new OrganisationCreated("bistro", "Client bistro", OrganisationKind.CLIENT, "acme"));
    }

    @Test
    void theOperatorCreatesAClientOfAnExistingPartner() {
        fixture.givenNoPriorActivity()
                .when(client("bistro", "acme"), as(OPERATOR))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aClientsPartnerMustExist() {
        fixture.givenNoPriorActivity()
                .when(client("bistro", "nobody"), as(OPERATOR))
                .expectException(Refused.with(RefusalCode.PARTNER_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void aClientIsAClientOfAPartnerNotOfAClient() {
        fixture.givenNoPriorActivity()
                .when(client("sub", "client"), as(OPERATOR))
                .expectException(Refused.with(RefusalCode.PARTNER_NOT_FOUND));
    }

    @Test
    void aPartnerCreatesNoPartner() {
        fixture.givenNoPriorActivity()
                .when(partner("evil"), as(ACME))
                .expectException(Refused.with(RefusalCode.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void aPartnerCreatesNoClientOfAnotherPartner() {
        fixture.givenNoPriorActivity()
                .when(client("bistro", "acme"), as(GLOBEX))
                .expectException(Refused.with(RefusalCode.FORBIDDEN))
                .expectNoEvents();
    }

    @Test
    void aClientCreatesNoOrganisation() {
        fixture.givenNoPriorActivity()
                .when(client("bistro", "acme"), as(CLIENT))
                .expectException(Refused.with(RefusalCode.FORBIDDEN));
    }

    @Test
    void aCommandWithoutAnActorCreatesNoOrganisation() {
        fixture.givenNoPriorActivity()
                .when(client("bistro", "acme"))
                .expectException(Refused.with(RefusalCode.FORBIDDEN));
    }

    @Test
    void anIdIsTakenOnce() {
        fixture.given(new OrganisationCreated("bistro", "Bistro", OrganisationKind.CLIENT, "acme"))
                .when(client("bistro", "acme"), as(ACME))
                .expectException(Refused.with(RefusalCode.ORGANISATION_ALREADY_EXISTS))
                .expectNoEvents();
    }

    @Test
    void aPartnersIdIsNoClientsId() {
        fixture.given(new OrganisationCreated("globex", "Globex", OrganisationKind.PARTNER, null))
                .when(client("globex", "acme"), as(ACME))
                .expectException(Refused.with(RefusalCode.ORGANISATION_ALREADY_EXISTS));
    }

    @Test
    void anOrganisationKnownToTheFirstSiteopsExistsAlready() {
        fixture.given(new ClientAssigned("initech", "globex"))
                .when(client("initech", "acme"), as(ACME))
                .expectException(Refused.with(RefusalCode.ORGANISATION_ALREADY_EXISTS))
                .expectNoEvents();
    }

    @Test
    void refusesAnIdThatIsNotLowerCase() {
        fixture.givenNoPriorActivity()
                .when(partner("Globex"), as(OPERATOR))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
    }

    @Test
    void refusesABlankName() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisation("globex", " ", OrganisationKind.PARTNER, null), as(OPERATOR))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
    }

    @Test
    void aPartnerBelongsToNoPartner() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisation("globex", "Globex", OrganisationKind.PARTNER, "acme"), as(OPERATOR))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
    }

    @Test
    void aClientBelongsToAPartner() {
        fixture.givenNoPriorActivity()
                .when(new CreateOrganisation("bistro", "Bistro", OrganisationKind.CLIENT, null), as(OPERATOR))
                .expectException(Refused.with(RefusalCode.INVALID_REQUEST));
    }
}
