package siteops.command.client;

import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.access.ClientAssigned;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientAccountsTest {

    private EventStore eventStore;
    private ClientAccounts accounts;

    @BeforeEach
    void setUp() {
        eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        accounts = new RepositoryClientAccounts(EventSourcingRepository.builder(ClientAccount.class)
                .eventStore(eventStore).build());
    }

    private void assign(String clientId, String partnerId) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> accounts.assign(clientId, partnerId));
    }

    private long eventsOf(String clientId) {
        return eventStore.readEvents(ClientAccount.idOf(clientId)).asStream().count();
    }

    @Test
    void aNewClientIsAssignedToThePartnerOfItsFirstSite() {
        assign("initech", "globex");

        assertThat(eventStore.readEvents(ClientAccount.idOf("initech")).next().getPayload())
                .isEqualTo(new ClientAssigned("initech", "globex"));
    }

    @Test
    void itsPartnerRegistersMoreSitesForItWithoutNewEvents() {
        assign("initech", "globex");
        assign("initech", "globex");

        assertThat(eventsOf("initech")).isEqualTo(1);
    }

    @Test
    void anotherPartnerCannotTakeTheClient() {
        assign("initech", "globex");

        assertThatThrownBy(() -> assign("initech", "acme"))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo(RefusalCode.FORBIDDEN));
        assertThat(eventsOf("initech")).isEqualTo(1);
    }
}
