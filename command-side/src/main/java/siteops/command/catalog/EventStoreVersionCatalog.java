package siteops.command.catalog;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import siteops.api.catalog.PublishedVersionId;
import siteops.command.store.RememberedState;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the catalog from the command side's own store: a version is published when its
 * {@link PublishedVersion} aggregate has events. One indexed read, always up to date, and no
 * dependency on the query side's read models. A version once published stays so: those found
 * are remembered.
 */
@Component
public class EventStoreVersionCatalog implements VersionCatalog, RememberedState {

    private final EventStore eventStore;
    private final Set<String> published = ConcurrentHashMap.newKeySet();

    public EventStoreVersionCatalog(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public boolean isPublished(String product, String version) {
        String id = PublishedVersionId.of(product, version);
        if (published.contains(id)) {
            return true;
        }
        boolean found = eventStore.readEvents(id).hasNext();
        if (found) {
            published.add(id);
        }
        return found;
    }

    @Override
    public void forget() {
        published.clear();
    }
}
