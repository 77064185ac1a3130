package siteops.command.organisation;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import siteops.api.organisation.Membership;
import siteops.api.organisation.OrganisationIds;
import siteops.command.store.RememberedState;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads an organisation from the command side's own store: its first event says what it is. One
 * indexed read, without taking the organisation's lock (a registration only reads it), and no
 * dependency on the read models. An organisation never changes once it exists, so those found are
 * remembered; one not found is looked up again next time, as it may have been created since.
 */
@Component
public class EventStoreOrganisations implements Organisations, RememberedState {

    private final EventStore eventStore;
    private final Map<String, Membership> found = new ConcurrentHashMap<>();

    public EventStoreOrganisations(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<Membership> find(String organisationId) {
        Membership known = found.get(organisationId);
        if (known != null) {
            return Optional.of(known);
        }
        DomainEventStream events = eventStore.readEvents(OrganisationIds.streamOf(organisationId));
        Optional<Membership> membership = events.hasNext() ? Membership.of(events.next().getPayload()) : Optional.empty();
        membership.ifPresent(existing -> found.put(organisationId, existing));
        return membership;
    }

    @Override
    public void forget() {
        found.clear();
    }
}
