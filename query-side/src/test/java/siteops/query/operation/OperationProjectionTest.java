package siteops.query.operation;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.access.Actor;
import siteops.api.access.Role;
import siteops.api.operation.OperationKind;
import siteops.api.operation.OperationState;
import siteops.api.query.FindSiteOperation;
import siteops.api.query.FindSiteOperations;
import siteops.api.query.OperationFailure;
import siteops.api.query.OperationPage;
import siteops.api.query.OperationView;
import siteops.api.query.PageRequest;
import siteops.api.refusal.RefusalCode;
import siteops.api.repair.RepairCompleted;
import siteops.api.repair.RepairFailed;
import siteops.api.repair.RepairRequested;
import siteops.api.repair.RepairStarted;
import siteops.api.refusal.RefusedException;
import siteops.api.site.SiteStatus;
import siteops.query.site.SiteCollection;
import siteops.query.site.SiteListView;
import siteops.query.site.SiteLifecycleEvents;
import siteops.query.site.SiteViewProjection;
import siteops.query.site.VisibleSites;
import siteops.query.store.CollectionScan;
import siteops.query.testing.InMemoryMongo;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static siteops.query.site.SiteLifecycleEvents.SITE;

/** The {@code site_operations} read model: every operation of a site as a record, newest first. */
class OperationProjectionTest {

    private static final Actor CLIENT = new Actor("client", Role.CLIENT, "client");

    private final InMemoryMongo mongo = new InMemoryMongo();
    private MongoDatabase database;
    private List<AnnotationEventHandlerAdapter> projections;
    private OperationQueryHandler queries;

    @BeforeEach
    void freshDatabase() {
        database = mongo.freshDatabase();
        SiteCollection sites = new SiteCollection(database);
        OperationCollection operations = new OperationCollection(database);
        projections = List.of(new AnnotationEventHandlerAdapter(new SiteViewProjection(sites,
                new SiteListView(sites, CollectionScan.THROUGH_THE_DRIVER))),
                new AnnotationEventHandlerAdapter(new OperationProjection(operations)));
        queries = new OperationQueryHandler(operations, new VisibleSites(sites));
    }

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    private void applyAll() throws Exception {
        for (DomainEventMessage<?> event : SiteLifecycleEvents.all()) {
            for (AnnotationEventHandlerAdapter projection : projections) {
                projection.handle(event);
            }
        }
    }

    private List<Document> operations() {
        return InMemoryMongo.contents(database, OperationCollection.NAME);
    }

    @Test
    void everyOperationOfTheLifeIsARecordNewestFirst() throws Exception {
        applyAll();

        OperationPage page = queries.handle(new FindSiteOperations(CLIENT, SITE, new PageRequest(1, 10)));

        assertThat(page.totalItems()).isEqualTo(7);
        assertThat(page.items()).extracting(OperationView::kind).containsExactly(OperationKind.RESUME,
                OperationKind.SUSPEND, OperationKind.UNLOCK, OperationKind.LOCK, OperationKind.MIGRATE_PRODUCT,
                OperationKind.UPDATE, OperationKind.UPDATE);
        assertThat(page.items()).extracting(OperationView::state).containsOnly(OperationState.SUCCEEDED,
                OperationState.FAILED);
        assertThat(page.items().get(1).details()).containsEntry("reason", "unpaid");
        assertThat(page.items().get(1).requestedBy()).isEqualTo("acme");
        assertThat(page.items().get(4).details()).containsEntry("fromEdition", "Essentials")
                .containsEntry("toEdition", "Premium");
    }

    @Test
    void anUpdateIsAnOperationWithOneStepPerCompanyAndItsFailure() throws Exception {
        applyAll();

        OperationView rolledBack = queries.handle(new FindSiteOperation(CLIENT, SITE, "u1"));
        assertThat(rolledBack.state()).isEqualTo(OperationState.FAILED);
        assertThat(rolledBack.stepsTotal()).isEqualTo(2);
        assertThat(rolledBack.stepsDone()).isEqualTo(1);
        assertThat(rolledBack.failure()).isEqualTo(new OperationFailure("CONVERT_COMPANY GESCOM", "disk full"));
        assertThat(rolledBack.details()).containsEntry("fromVersion", "2020.3").containsEntry("targetVersion", "2021.3")
                .containsKey("restoredFromBackupId");
        assertThat(rolledBack.requestedAt()).isEqualTo(Instant.parse("2021-12-08T09:30:01Z"));
        assertThat(rolledBack.finishedAt()).isEqualTo(Instant.parse("2021-12-08T09:30:06Z"));

        OperationView completed = queries.handle(new FindSiteOperation(CLIENT, SITE, "u2"));
        assertThat(completed.state()).isEqualTo(OperationState.SUCCEEDED);
        assertThat(completed.stepsDone()).isEqualTo(2);
        assertThat(completed.failure()).isNull();
    }

    @Test
    void aRepairIsARecordFromItsRequestToItsEndAndTheSitesCurrentOperationMeanwhile() throws Exception {
        applyAll();
        int sequence = SiteLifecycleEvents.all().size();
        apply(sequence, new RepairRequested(SITE, "r1", SiteStatus.Ready));
        assertThat(currentOperationOfTheSite().getString("state")).isEqualTo("QUEUED");
        apply(sequence + 1, new RepairStarted(SITE, "r1"));
        assertThat(currentOperationOfTheSite().getString("state")).isEqualTo("RUNNING");
        apply(sequence + 2, new RepairFailed(SITE, "r1", "disk error"));
        assertThat(currentOperationOfTheSite()).isNull();
        assertThat(siteDocument().getString("status")).isEqualTo("Fault");
        apply(sequence + 3, new RepairRequested(SITE, "r2", SiteStatus.Ready));
        apply(sequence + 4, new RepairStarted(SITE, "r2"));
        apply(sequence + 5, new RepairCompleted(SITE, "r2", SiteStatus.Ready));

        OperationView failed = queries.handle(new FindSiteOperation(CLIENT, SITE, "r1"));
        assertThat(failed.kind()).isEqualTo(OperationKind.REPAIR);
        assertThat(failed.state()).isEqualTo(OperationState.FAILED);
        assertThat(failed.failure()).isEqualTo(new OperationFailure("REPAIR", "disk error"));
        assertThat(failed.stepsDone()).isZero();
        OperationView repaired = queries.handle(new FindSiteOperation(CLIENT, SITE, "r2"));
        assertThat(repaired.state()).isEqualTo(OperationState.SUCCEEDED);
        assertThat(repaired.stepsTotal()).isEqualTo(1);
        assertThat(repaired.stepsDone()).isEqualTo(1);
        assertThat(repaired.startedAt()).isNotNull();
        assertThat(siteDocument().getString("status")).isEqualTo("Ready");
        assertThat(queries.handle(new FindSiteOperations(CLIENT, SITE, new PageRequest(1, 2))).items())
                .extracting(OperationView::operationId).containsExactly("r2", "r1");
    }

    private void apply(long sequence, Object payload) throws Exception {
        DomainEventMessage<?> event = new GenericDomainEventMessage<>("Site", SITE, sequence, payload,
                MetaData.with("actor", "operator"), "repair-event-" + sequence,
                Instant.parse("2021-12-09T10:00:00Z").plusSeconds(sequence));
        for (AnnotationEventHandlerAdapter projection : projections) {
            projection.handle(event);
        }
    }

    private Document siteDocument() {
        return InMemoryMongo.contents(database, "sites").get(0);
    }

    private Document currentOperationOfTheSite() {
        return siteDocument().get(OperationFields.SITE_CURRENT_OPERATION, Document.class);
    }

    @Test
    void everyEventAppliedTwiceLeavesTheSameRecords() throws Exception {
        applyAll();
        List<Document> once = operations();

        applyAll();

        assertThat(operations()).isEqualTo(once);
    }

    @Test
    void anUnknownOperationOrAForeignSiteIsNotFound() throws Exception {
        applyAll();

        assertThatThrownBy(() -> queries.handle(new FindSiteOperation(CLIENT, SITE, "no-such-operation")))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo(RefusalCode.OPERATION_NOT_FOUND));
        Actor globex = new Actor("globex", Role.PARTNER, "globex");
        assertThatThrownBy(() -> queries.handle(new FindSiteOperations(globex, SITE, new PageRequest(1, 10))))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo(RefusalCode.SITE_NOT_FOUND));
    }
}
