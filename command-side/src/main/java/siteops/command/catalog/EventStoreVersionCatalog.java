package siteops.command.catalog;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import siteops.api.catalog.PublishedVersionId;

/**
 * Reads the catalog from the command side's own store: a version is published when its
 * {@link PublishedVersion} aggregate has events. One indexed read, always up to date, and no
 * dependency on the query side's read models.
 */
@Component
public class EventStoreVersionCatalog implements VersionCatalog {

    private final EventStore eventStore;

    public EventStoreVersionCatalog(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean isPublished(String product, String version) {
        return eventStore.readEvents(PublishedVersionId.of(product, version)).hasNext();
    }
}
