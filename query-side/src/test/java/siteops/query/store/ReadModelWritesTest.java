package siteops.query.store;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import siteops.query.site.SiteCollection;
import siteops.query.site.SiteListView;
import siteops.query.site.SiteLifecycleEvents;
import siteops.query.site.SiteViewProjection;
import siteops.query.site.UpdateCollection;
import siteops.query.site.UpdateProgressProjection;
import siteops.query.testing.InMemoryMongo;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A processor's batch writes once, at its end, exactly what the events written one by one would have. */
class ReadModelWritesTest {

    private final InMemoryMongo mongo = new InMemoryMongo();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    private static SiteViewProjection siteView(SiteCollection sites) {
        return new SiteViewProjection(sites, new SiteListView(sites, CollectionScan.THROUGH_THE_DRIVER));
    }

    private static List<AnnotationEventHandlerAdapter> projectionsOn(MongoDatabase database) {
        return List.of(new AnnotationEventHandlerAdapter(siteView(new SiteCollection(database))),
                new AnnotationEventHandlerAdapter(new UpdateProgressProjection(new UpdateCollection(database))));
    }

    private static void handleAsOneBatch(List<AnnotationEventHandlerAdapter> projections,
                                         List<? extends EventMessage<?>> events, Runnable beforeTheLastFlush)
            throws Exception {
        List<EventMessage<?>> batch = new ArrayList<>(events);
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.executeWithResult(() -> new DefaultInterceptorChain<>(unitOfWork,
                List.of(new FlushWritesAtBatchEnd()), message -> {
            if (unitOfWork.isLastMessage()) {
                beforeTheLastFlush.run();
            }
            for (AnnotationEventHandlerAdapter projection : projections) {
                projection.handle(message);
            }
            return null;
        }).proceed());
    }

    @Test
    void aBatchWritesWhatEventsOneByOneWouldHave() throws Exception {
        MongoDatabase oneByOne = mongo.freshDatabase();
        List<AnnotationEventHandlerAdapter> single = projectionsOn(oneByOne);
        for (DomainEventMessage<?> event : SiteLifecycleEvents.all()) {
            for (AnnotationEventHandlerAdapter projection : single) {
                projection.handle(event);
            }
        }
        MongoDatabase batched = mongo.freshDatabase();

        handleAsOneBatch(projectionsOn(batched), SiteLifecycleEvents.all(), () -> { });

        assertThat(InMemoryMongo.contents(batched, "sites")).isEqualTo(InMemoryMongo.contents(oneByOne, "sites"));
        assertThat(InMemoryMongo.contents(batched, "site_updates"))
                .isEqualTo(InMemoryMongo.contents(oneByOne, "site_updates"));
    }

    @Test
    void aBatchThatRedeliversEventsAlreadyAppliedChangesNothing() throws Exception {
        MongoDatabase database = mongo.freshDatabase();
        List<AnnotationEventHandlerAdapter> projections = projectionsOn(database);
        List<DomainEventMessage<?>> events = SiteLifecycleEvents.all();
        handleAsOneBatch(projections, events, () -> { });
        List<Document> sites = InMemoryMongo.contents(database, "sites");
        List<Document> updates = InMemoryMongo.contents(database, "site_updates");

        List<DomainEventMessage<?>> redelivered = new ArrayList<>(events.subList(3, events.size()));
        redelivered.addAll(events);
        handleAsOneBatch(projections, redelivered, () -> { });

        assertThat(InMemoryMongo.contents(database, "sites")).isEqualTo(sites);
        assertThat(InMemoryMongo.contents(database, "site_updates")).isEqualTo(updates);
    }

    @Test
    void nothingIsWrittenBeforeTheBatchEnds() throws Exception {
        MongoDatabase batched = mongo.freshDatabase();
        List<Long> documentsBeforeTheEnd = new ArrayList<>();

        handleAsOneBatch(projectionsOn(batched), SiteLifecycleEvents.all(),
                () -> documentsBeforeTheEnd.add(batched.getCollection("sites").countDocuments()));

        assertThat(documentsBeforeTheEnd).containsExactly(0L);
        assertThat(batched.getCollection("sites").countDocuments(new Document())).isEqualTo(1);
    }
}
