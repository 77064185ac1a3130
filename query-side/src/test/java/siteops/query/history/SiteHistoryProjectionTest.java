package siteops.query.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.access.Actor;
import siteops.api.access.Role;
import siteops.api.catalog.VersionKind;
import siteops.api.catalog.VersionPublished;
import siteops.api.query.FindSiteHistory;
import siteops.api.query.HistoryEntry;
import siteops.api.query.HistoryEntryPage;
import siteops.api.query.PageRequest;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.query.site.SiteCollection;
import siteops.query.site.SiteListView;
import siteops.query.site.SiteLifecycleEvents;
import siteops.query.site.SiteViewProjection;
import siteops.query.site.VisibleSites;
import siteops.query.store.CollectionScan;
import siteops.query.testing.InMemoryMongo;

import java.time.Instant;
import java.util.Locale;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static siteops.query.site.SiteLifecycleEvents.SITE;

class SiteHistoryProjectionTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private static final JacksonSerializer EVENT_SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();

    private MongoDatabase database;
    private AnnotationEventHandlerAdapter history;

    @BeforeEach
    void freshDatabase() {
        database = mongo.freshDatabase();
        history = new AnnotationEventHandlerAdapter(new SiteHistoryProjection(new HistoryCollection(database), EVENT_SERIALIZER));
    }

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    private List<Document> entries() {
        return InMemoryMongo.contents(database, HistoryCollection.NAME);
    }

    @Test
    void everyEventAppliedTwiceLeavesOneIdenticalEntry() throws Exception {
        for (DomainEventMessage<?> event : SiteLifecycleEvents.all()) {
            history.handle(event);
        }
        List<Document> once = entries();

        for (DomainEventMessage<?> event : SiteLifecycleEvents.all()) {
            history.handle(event);
            history.handle(event);
        }

        assertThat(once).hasSize(SiteLifecycleEvents.all().size());
        assertThat(entries()).isEqualTo(once);
    }

    @Test
    void eventsOfOtherAggregatesAreNotASiteHistory() throws Exception {
        history.handle(new GenericDomainEventMessage<>("PublishedVersion", "version:Sage 100/2021.3", 0,
                new VersionPublished("Sage 100", "2021.3", LocalDate.of(2021, 12, 8), VersionKind.FULL)));
        assertThat(entries()).isEmpty();
    }

    @Test
    void entriesAreAnsweredNewestFirstWithActorTimeAndDetails() throws Exception {
        SiteCollection sites = new SiteCollection(database);
        AnnotationEventHandlerAdapter siteView = new AnnotationEventHandlerAdapter(new SiteViewProjection(sites,
                new SiteListView(sites, CollectionScan.THROUGH_THE_DRIVER)));
        for (DomainEventMessage<?> event : SiteLifecycleEvents.all()) {
            history.handle(event);
            siteView.handle(event);
        }
        SiteHistoryQueryHandler queries = new SiteHistoryQueryHandler(new HistoryCollection(database),
                new VisibleSites(sites));

        HistoryEntryPage page = queries.handle(new FindSiteHistory(new Actor("client", Role.CLIENT, "client"), SITE,
                new PageRequest(1, 5), Locale.ENGLISH));

        assertThat(page.totalItems()).isEqualTo(17);
        assertThat(page.totalPages()).isEqualTo(4);
        assertThat(page.items()).extracting(HistoryEntry::sequence).containsExactly(16L, 15L, 14L, 13L, 12L);
        assertThat(page.items()).extracting(HistoryEntry::type)
                .containsExactly("SiteResumed", "SiteSuspended", "SiteUnlocked", "SiteLocked", "ProductMigrated");
        assertThat(page.items().get(1).details()).containsEntry("reason", "unpaid");
        assertThat(page.items().get(1).summary()).contains("suspended", "unpaid");
        HistoryEntry migration = page.items().get(4);
        assertThat(migration.actor()).isEqualTo("acme");
        assertThat(migration.eventId()).isEqualTo("event-12");
        assertThat(migration.occurredAt()).isEqualTo(Instant.parse("2021-12-08T09:30:12Z"));
        assertThat(migration.details()).containsEntry("fromEdition", "Essentials").containsEntry("toEdition", "Premium")
                .doesNotContainKey("siteId");
        assertThat(migration.summary()).isEqualTo("Product migrated from Essentials to Premium; version 2021.3 unchanged");

        HistoryEntryPage inFrench = queries.handle(new FindSiteHistory(new Actor("client", Role.CLIENT, "client"), SITE,
                new PageRequest(1, 5), Locale.FRENCH));
        assertThat(inFrench.items().get(1).summary())
                .isEqualTo("Site suspendu (unpaid) ; ses bases sont conservées, personne ne peut se connecter");
        assertThat(inFrench.items().get(4).summary())
                .isEqualTo("Produit migré de Essentials vers Premium ; version 2021.3 inchangée");

        assertThatThrownBy(() -> queries.handle(new FindSiteHistory(new Actor("globex", Role.PARTNER, "globex"), SITE,
                new PageRequest(1, 5), Locale.FRENCH)))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo(RefusalCode.SITE_NOT_FOUND));
    }
}
