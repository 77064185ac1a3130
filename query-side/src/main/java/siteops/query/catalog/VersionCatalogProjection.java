package siteops.query.catalog;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import siteops.api.catalog.ProductVersion;
import siteops.api.catalog.PublishedVersionId;
import siteops.api.catalog.VersionPublished;
import siteops.query.store.ProcessingGroups;
import siteops.query.store.ReadModelWrites;

/** Keeps the version catalog in {@code versions}. A published version never changes, so writing it again is harmless. */
@Component
@ProcessingGroup(ProcessingGroups.SITES)
public class VersionCatalogProjection {

    private final VersionCollection versions;

    public VersionCatalogProjection(VersionCollection versions) {
        this.versions = versions;
    }

    @EventHandler
    void on(VersionPublished event) {
        Document version = new Document("product", event.product())
                .append("version", event.version())
                .append(VersionCollection.SORT_KEY, ProductVersion.parse(event.version()).sortKey())
                .append("releasedOn", event.releasedOn().toString())
                .append("kind", event.kind().name());
        ReadModelWrites.insertIfAbsent(versions.documents(), PublishedVersionId.of(event.product(), event.version()), version);
    }

    @ResetHandler
    void reset() {
        versions.empty();
    }
}
