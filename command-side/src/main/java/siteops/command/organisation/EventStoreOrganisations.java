package siteops.command.organisation;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import siteops.api.organisation.Membership;
import siteops.api.organisation.OrganisationIds;
import siteops.command.store.PerIncarnation;
import siteops.command.store.StoreIncarnation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads an organisation from the command side's own store: its first event says what it is. One
 * indexed read, without taking the organisation's lock (a registration only reads it), and no
 * dependency on the read models. An organisation never changes once it exists, so those found are
 * remembered (for the store's incarnation they were read from); one not found is looked up again
 * next time, as it may have been created since.
 */
@Component
public class EventStoreOrganisations implements Organisations {

    private final EventStore eventStore;
    private final PerIncarnation<Map<String, Membership>> found;

    public EventStoreOrganisations(EventStore eventStore, StoreIncarnation incarnation) {
        this.eventStore = eventStore;
        this.found = new PerIncarnation<>(incarnation, ConcurrentHashMap::new);
    }

    @Override
    public Optional<Membership> find(String organisationId) {
        Map<String, Membership> remembered = found.current();
        Membership known = remembered.get(organisationId);
        if (known != null) {
            return Optional.of(known);
        }
        DomainEventStream events = eventStore.readEvents(OrganisationIds.streamOf(organisationId));
        Optional<Membership> membership = events.hasNext() ? Membership.of(events.next().getPayload()) : Optional.empty();
        membership.ifPresent(existing -> remembered.put(organisationId, existing));
        return membership;
    }
}
