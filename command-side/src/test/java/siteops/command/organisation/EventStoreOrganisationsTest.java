package siteops.command.organisation;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.access.ClientAssigned;
import siteops.api.organisation.Membership;
import siteops.api.organisation.OrganisationCreated;
import siteops.api.organisation.OrganisationIds;
import siteops.api.organisation.OrganisationKind;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.command.store.StoreIncarnation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventStoreOrganisationsTest {

    private EventStore eventStore;
    private Organisations organisations;

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        organisations = new EventStoreOrganisations(eventStore, StoreIncarnation.ONLY);
    }

    private void store(String organisationId, Object event) {
        eventStore.publish(new GenericDomainEventMessage<>("Organisation", OrganisationIds.streamOf(organisationId),
                0, event));
    }

    @Test
    void anOrganisationIsWhatItsCreationSays() {
        store("acme", new OrganisationCreated("acme", "Acme", OrganisationKind.PARTNER, null));
        store("client", new OrganisationCreated("client", "Client", OrganisationKind.CLIENT, "acme"));

        assertThat(organisations.find("acme")).contains(new Membership("acme", OrganisationKind.PARTNER, null));
        assertThat(organisations.find("client")).contains(new Membership("client", OrganisationKind.CLIENT, "acme"));
        assertThat(organisations.find("nobody")).isEmpty();
    }

    @Test
    void anOrganisationOfTheFirstSiteopsIsAPartnerWhenItWasItsOwnClient() {
        store("acme", new ClientAssigned("acme", "acme"));
        store("client", new ClientAssigned("client", "acme"));

        assertThat(organisations.find("acme")).contains(new Membership("acme", OrganisationKind.PARTNER, null));
        assertThat(organisations.find("client")).contains(new Membership("client", OrganisationKind.CLIENT, "acme"));
    }

    @Test
    void oneNotFoundIsLookedUpAgainLater() {
        assertThat(organisations.find("late")).isEmpty();
        store("late", new OrganisationCreated("late", "Late", OrganisationKind.PARTNER, null));

        assertThat(organisations.find("late")).isPresent();
    }

    @Test
    void sitesAreRegisteredForTheirPartnersClientsOrForThePartnerItself() {
        store("acme", new OrganisationCreated("acme", "Acme", OrganisationKind.PARTNER, null));
        store("globex", new OrganisationCreated("globex", "Globex", OrganisationKind.PARTNER, null));
        store("client", new OrganisationCreated("client", "Client", OrganisationKind.CLIENT, "acme"));

        assertThatCode(() -> organisations.requireClientOf("client", "acme")).doesNotThrowAnyException();
        assertThatCode(() -> organisations.requireClientOf("acme", "acme")).doesNotThrowAnyException();
        for (String[] refused : new String[][]{{"client", "globex"}, {"globex", "acme"}, {"nobody", "acme"},
                {"nobody", "nobody"}, {"acme", "globex"}}) {
            assertThatThrownBy(() -> organisations.requireClientOf(refused[0], refused[1]))
                    .as(String.join(" of ", refused))
                    .isInstanceOfSatisfying(RefusedException.class,
                            e -> assertThat(e.code()).isEqualTo(RefusalCode.CLIENT_NOT_FOUND));
        }
    }
}
