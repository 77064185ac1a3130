package siteops.query.site;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SettingChange;
import siteops.api.site.SiteSettingsChanged;
import siteops.query.store.CollectionScan;
import siteops.query.testing.InMemoryMongo;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static siteops.query.site.SiteLifecycleEvents.SITE;

/** The {@code sites} processing group: the site documents and the update documents. */
class SitesProjectionTest {

    private final InMemoryMongo mongo = new InMemoryMongo();

    private MongoDatabase database;
    private List<AnnotationEventHandlerAdapter> projections;

    @BeforeEach
    void freshDatabase() {
        database = mongo.freshDatabase();
        projections = projectionsOn(database);
    }

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    private static SiteViewProjection siteView(SiteCollection sites) {
        return new SiteViewProjection(sites,
                new SiteListView(sites, CollectionScan.THROUGH_THE_DRIVER));
    }

    private static List<AnnotationEventHandlerAdapter> projectionsOn(MongoDatabase database) {
        return List.of(
                new AnnotationEventHandlerAdapter(siteView(new SiteCollection(database))),
                new AnnotationEventHandlerAdapter(new UpdateProgressProjection(new UpdateCollection(database))));
    }

    private static void apply(List<AnnotationEventHandlerAdapter> projections, DomainEventMessage<?> event)
            throws Exception {
        for (AnnotationEventHandlerAdapter projection : projections) {
            projection.handle(event);
        }
    }

    private List<Document> sites(MongoDatabase db) {
        return InMemoryMongo.contents(db, SiteCollection.NAME);
    }

    private List<Document> updates(MongoDatabase db) {
        return InMemoryMongo.contents(db, UpdateCollection.NAME);
    }

    @Test
    void everyEventAppliedTwiceLeavesTheSameDocuments() throws Exception {
        for (DomainEventMessage<?> event : SiteLifecycleEvents.all()) {
            apply(projections, event);
        }
        MongoDatabase twice = mongo.freshDatabase();
        List<AnnotationEventHandlerAdapter> twiceProjections = projectionsOn(twice);
        for (DomainEventMessage<?> event : SiteLifecycleEvents.all()) {
            apply(twiceProjections, event);
            apply(twiceProjections, event);
        }

        assertThat(sites(twice)).isEqualTo(sites(database));
        assertThat(updates(twice)).isEqualTo(updates(database));
    }

    @Test
    void replayingTheWholeStreamAgainChangesNothing() throws Exception {
        for (DomainEventMessage<?> event : SiteLifecycleEvents.all()) {
            apply(projections, event);
        }
        List<Document> sitesBefore = sites(database);
        List<Document> updatesBefore = updates(database);

        for (DomainEventMessage<?> event : SiteLifecycleEvents.all()) {
            apply(projections, event);
        }

        assertThat(sites(database)).isEqualTo(sitesBefore);
        assertThat(updates(database)).isEqualTo(updatesBefore);
    }

    @Test
    void aModificationChangesOnlyTheSettingsItNamesAndOnlyOnce() throws Exception {
        DomainEventMessage<?> registered = SiteLifecycleEvents.all().get(0);
        DomainEventMessage<?> modified = new GenericDomainEventMessage<>("Site", SITE, 1,
                new SiteSettingsChanged(SITE, null, new SettingChange<>("Europe/Paris", "Europe/Brussels"),
                        new SettingChange<>(true, false)));
        apply(projections, registered);
        apply(projections, modified);
        List<Document> once = sites(database);
        apply(projections, modified);

        Document site = sites(database).get(0);
        assertThat(site.getString("timeZone")).isEqualTo("Europe/Brussels");
        assertThat(site.getBoolean("siteAdministration")).isFalse();
        assertThat(site.getString("plan")).isEqualTo("Normal");
        assertThat(site.getLong("revision")).isEqualTo(1);
        assertThat(sites(database)).isEqualTo(once);
    }

    @Test
    void theStatusIsTheOneEachEventMovesTheSiteTo() throws Exception {
        for (DomainEventMessage<?> event : SiteLifecycleEvents.all()) {
            apply(projections, event);
            if (event.getPayload() instanceof SiteStatusChange change) {
                assertThat(sites(database).get(0).getString("status")).as(event.getPayloadType().getSimpleName())
                        .isEqualTo(change.statusAfter().name());
            }
        }
    }

    @Test
    void theSiteDocumentFollowsTheWholeLife() throws Exception {
        for (DomainEventMessage<?> event : SiteLifecycleEvents.all()) {
            apply(projections, event);
        }

        Document site = sites(database).get(0);
        assertThat(site.getString("status")).isEqualTo("Ready");
        assertThat(site.getString("version")).isEqualTo("2021.3");
        assertThat(site.getString("edition")).isEqualTo("Premium");
        assertThat(site.get("currentUpdate")).isNull();
        assertThat(site.getList("companies", Document.class)).extracting(company -> company.getString("version"))
                .containsOnly("2021.3");
        assertThat(site.getLong("revision")).isEqualTo(16);

        Document rolledBack = updates(database).get(0);
        assertThat(rolledBack.getString("_id")).isEqualTo("u1");
        assertThat(rolledBack.getString("phase")).isEqualTo("ROLLED_BACK");
        assertThat(rolledBack.getInteger("companiesConverted")).isEqualTo(1);
        assertThat(rolledBack.get("failure", Document.class).getString("company")).isEqualTo("GESCOM");
        Document completed = updates(database).get(1);
        assertThat(completed.getString("phase")).isEqualTo("COMPLETED");
        assertThat(completed.getInteger("companiesConverted")).isEqualTo(2);
        assertThat(completed.getDate("finishedAt")).isNotNull();
    }

    @Test
    void duringARollbackTheSiteIsStillUpdatingAndTheUpdateRollingBack() throws Exception {
        List<DomainEventMessage<?>> events = SiteLifecycleEvents.all();
        for (DomainEventMessage<?> event : events.subList(0, 5)) {
            apply(projections, event);
        }

        Document site = sites(database).get(0);
        assertThat(site.getString("status")).isEqualTo("Updating");
        Document currentUpdate = site.get("currentUpdate", Document.class);
        assertThat(currentUpdate.getString("updateId")).isEqualTo("u1");
        assertThat(currentUpdate.getString("phase")).isEqualTo("ROLLING_BACK");
        assertThat(currentUpdate.getInteger("companiesConverted")).isEqualTo(1);
        assertThat(currentUpdate.get("failure", Document.class).getString("reason")).isEqualTo("disk full");
        assertThat(site.getList("companies", Document.class)).extracting(company -> company.getString("version"))
                .containsExactly("2021.3", "2020.3");
        assertThat(updates(database).get(0).getString("phase")).isEqualTo("ROLLING_BACK");

        apply(projections, events.get(5));
        assertThat(sites(database).get(0).getList("companies", Document.class))
                .extracting(company -> company.getString("version")).containsOnly("2020.3");
    }

    @Test
    void whileAnUpdateRunsTheSiteShowsTheSameProgressAsTheUpdateItself() throws Exception {
        List<DomainEventMessage<?>> events = SiteLifecycleEvents.all();
        for (int applied = 0; applied < events.size(); applied++) {
            apply(projections, events.get(applied));
            Document current = sites(database).get(0).get("currentUpdate", Document.class);
            if (current == null) {
                continue;
            }
            Document own = database.getCollection(UpdateCollection.NAME)
                    .find(new Document("_id", current.getString("updateId"))).first();
            Instant now = Instant.now();
            assertThat(UpdateProgressFields.toProgress(current, now)).as("after event " + applied)
                    .isEqualTo(UpdateProgressFields.toProgress(own, now));
        }
    }

    @Test
    void anOldEventDeliveredLateChangesNothing() throws Exception {
        List<DomainEventMessage<?>> events = SiteLifecycleEvents.all();
        for (DomainEventMessage<?> event : events) {
            apply(projections, event);
        }
        List<Document> before = sites(database);

        apply(projections, events.get(2));
        apply(projections, events.get(3));

        assertThat(sites(database)).isEqualTo(before);
    }

    @Test
    void aResetEmptiesTheCollections() throws Exception {
        for (DomainEventMessage<?> event : SiteLifecycleEvents.all()) {
            apply(projections, event);
        }
        for (AnnotationEventHandlerAdapter projection : projections) {
            projection.prepareReset();
        }
        assertThat(sites(database)).isEmpty();
        assertThat(updates(database)).isEmpty();
        assertThat(database.getCollection(SiteCollection.NAME).countDocuments(new Document("_id", SITE))).isZero();
    }
}
