package siteops.query.site;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import siteops.api.access.Actor;
import siteops.api.query.SiteFilter;
import siteops.query.store.CollectionScan;
import siteops.query.testing.InMemoryMongo;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The list takes the entries read before it existed instead of reading the collection itself, and
 * reads for itself when there are none (read already taken, or a read that failed).
 */
class SiteListPreloadTest {

    private final InMemoryMongo mongo = new InMemoryMongo();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void theListTakesWhatWasReadAtTheStartAndReadsNothingItself() throws Exception {
        SiteCollection sites = sitesOfTheLifecycle();
        SiteListPreload preload = new SiteListPreload();
        preload.read((withoutFields, each) ->
                CollectionScan.THROUGH_THE_DRIVER.forEach(sites.documents(), withoutFields, each));
        AtomicInteger ownReads = new AtomicInteger();

        SiteListView list = new SiteListView(sites, (collection, withoutFields, each) -> ownReads.incrementAndGet());
        list.takeFrom(preload);
        list.load();

        assertThat(ownReads).hasValue(0);
        assertThat(list.siteIdsSeenBy(Actor.operator("operator"))).containsExactly(SiteLifecycleEvents.SITE);
        assertThat(list.page(Actor.operator("operator"), SiteFilter.none(), 0, 10).entries().get(0).summary().name())
                .isEqualTo(sites.documents().find().first().getString("name"));
    }

    @Test
    void withoutWhatWasReadAtTheStartTheListReadsForItself() throws Exception {
        SiteCollection sites = sitesOfTheLifecycle();
        SiteListPreload failed = new SiteListPreload();
        failed.failed(new IllegalStateException("the store could not be opened"));

        SiteListView list = new SiteListView(sites, CollectionScan.THROUGH_THE_DRIVER);
        list.takeFrom(failed);
        list.load();

        assertThat(list.siteIdsSeenBy(Actor.operator("operator"))).containsExactly(SiteLifecycleEvents.SITE);
        assertThat(failed.take()).as("taken once").isEmpty();
    }

    @Test
    void aReadThatEndsInAnErrorLeavesTheListToReadForItself() throws Exception {
        SiteCollection sites = sitesOfTheLifecycle();
        SiteListPreload broken = new SiteListPreload();
        assertThatThrownBy(() -> broken.read((withoutFields, each) -> {
            throw new OutOfMemoryError("no room for the entries");
        })).isInstanceOf(OutOfMemoryError.class);

        SiteListView list = new SiteListView(sites, CollectionScan.THROUGH_THE_DRIVER);
        list.takeFrom(broken);
        list.load();

        assertThat(list.siteIdsSeenBy(Actor.operator("operator"))).containsExactly(SiteLifecycleEvents.SITE);
    }

    private SiteCollection sitesOfTheLifecycle() throws Exception {
        MongoDatabase database = mongo.freshDatabase();
        SiteCollection sites = new SiteCollection(database);
        AnnotationEventHandlerAdapter projection = new AnnotationEventHandlerAdapter(
                new SiteViewProjection(sites, new SiteListView(sites, CollectionScan.THROUGH_THE_DRIVER)));
        for (DomainEventMessage<?> event : SiteLifecycleEvents.all()) {
            projection.handle(event);
        }
        return sites;
    }
}
