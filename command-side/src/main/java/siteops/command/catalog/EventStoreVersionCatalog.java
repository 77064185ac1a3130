package siteops.command.catalog;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import siteops.api.catalog.PublishedVersionId;
import siteops.command.store.PerIncarnation;
import siteops.command.store.StoreIncarnation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the catalog from the command side's own store: a version is published when its
 * {@link PublishedVersion} aggregate has events. One indexed read, always up to date, and no
 * dependency on the query side's read models. A version once published stays so: those found
 * are remembered (for the store's incarnation they were read from).
 */
@Component
public class EventStoreVersionCatalog implements VersionCatalog {

    private final EventStore eventStore;
    private final PerIncarnation<Set<String>> published;

    public EventStoreVersionCatalog(EventStore eventStore, StoreIncarnation incarnation) {
        this.eventStore = eventStore;
        this.published = new PerIncarnation<>(incarnation, ConcurrentHashMap::newKeySet);
    }

    @Override
    public boolean isPublished(String product, String version) {
        String id = PublishedVersionId.of(product, version);
        Set<String> remembered = published.current();
        if (remembered.contains(id)) {
            return true;
        }
        boolean found = eventStore.readEvents(id).hasNext();
        if (found) {
            remembered.add(id);
        }
        return found;
    }
}
