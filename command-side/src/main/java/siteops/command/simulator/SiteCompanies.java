package siteops.command.simulator;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import siteops.api.site.SiteRegistered;

import java.util.List;
import java.util.Optional;

/** The companies a site was registered with, read from the command side's own event store. */
@Component
public class SiteCompanies {

    private final EventStore eventStore;

    public SiteCompanies(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<List<String>> of(String siteId) {
        DomainEventStream events = eventStore.readEvents(siteId);
        if (!events.hasNext() || !(events.next().getPayload() instanceof SiteRegistered registered)) {
            return Optional.empty();
        }
        return Optional.of(registered.companies());
    }
}
