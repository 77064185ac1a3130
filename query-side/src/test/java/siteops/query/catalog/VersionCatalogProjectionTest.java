package siteops.query.catalog;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.catalog.VersionKind;
import siteops.api.catalog.VersionPublished;
import siteops.api.query.AvailableVersion;
import siteops.api.query.CatalogVersion;
import siteops.api.query.FindVersions;
import siteops.api.query.PageRequest;
import siteops.query.testing.InMemoryMongo;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VersionCatalogProjectionTest {

    private final InMemoryMongo mongo = new InMemoryMongo();

    private MongoDatabase database;
    private VersionCollection versions;
    private AnnotationEventHandlerAdapter projection;

    @BeforeEach
    void freshDatabase() {
        database = mongo.freshDatabase();
        versions = new VersionCollection(database);
        projection = new AnnotationEventHandlerAdapter(new VersionCatalogProjection(versions));
    }

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    private void publish(String version, VersionKind kind) throws Exception {
        projection.handle(new GenericDomainEventMessage<>("PublishedVersion", "version:Sage 100/" + version, 0,
                new VersionPublished("Sage 100", version, LocalDate.of(2021, 12, 8), kind)));
    }

    @Test
    void publishingTheSameEventTwiceLeavesTheSameCatalog() throws Exception {
        publish("2021.3", VersionKind.FULL);
        List<Document> once = InMemoryMongo.contents(database, VersionCollection.NAME);
        publish("2021.3", VersionKind.FULL);
        assertThat(InMemoryMongo.contents(database, VersionCollection.NAME)).isEqualTo(once).hasSize(1);
    }

    @Test
    void theCatalogIsOrderedAsVersionsNewestFirst() throws Exception {
        for (String version : List.of("2021.3", "2021.10", "2020.3", "2021.9", "2021.3.1")) {
            publish(version, VersionKind.FULL);
        }

        List<CatalogVersion> catalog = new CatalogQueryHandler(versions).handle(new FindVersions("Sage 100"));

        assertThat(catalog).extracting(CatalogVersion::version)
                .containsExactly("2021.10", "2021.9", "2021.3.1", "2021.3", "2020.3");
        assertThat(new CatalogQueryHandler(versions).handle(new FindVersions("Sage 50"))).isEmpty();
    }

    @Test
    void theUpdateDialogShowsOnlyStrictlyNewerVersions() throws Exception {
        publish("2020.3", VersionKind.FULL);
        publish("2021.3", VersionKind.FULL);
        publish("2021.10", VersionKind.PATCH);

        List<AvailableVersion> available = versions.newerThan("Sage 100", "2021.3", new PageRequest(1, 10));

        assertThat(available).containsExactly(new AvailableVersion("2021.10", LocalDate.of(2021, 12, 8),
                VersionKind.PATCH, "2021.10 (Correctif)"));
        assertThat(versions.countNewerThan("Sage 100", "2021.3")).isEqualTo(1);
        assertThat(versions.hasVersionNewerThan("Sage 100", "2021.10")).isFalse();
        assertThat(versions.newerThan("Sage 100", "2020.3", new PageRequest(1, 10)))
                .extracting(AvailableVersion::label)
                .containsExactly("2021.10 (Correctif)", "2021.3 (Version complète)");
    }
}
