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
import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupDeleted;
import siteops.api.backup.BackupDeletion;
import siteops.api.backup.BackupFailed;
import siteops.api.backup.BackupKind;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupStarted;
import siteops.api.operation.OperationKind;
import siteops.api.operation.OperationState;
import siteops.api.query.FindSiteOperation;
import siteops.api.query.FindSiteOperations;
import siteops.api.query.OperationFailure;
import siteops.api.query.OperationView;
import siteops.api.query.PageRequest;
import siteops.api.restore.RestoreCompleted;
import siteops.api.restore.RestoreFailed;
import siteops.api.restore.RestoreRequested;
import siteops.api.restore.RestoreStarted;
import siteops.api.site.Edition;
import siteops.api.site.SiteRegistered;
import siteops.api.site.SiteStatus;
import siteops.api.site.SiteType;
import siteops.api.update.CompanyConversionFailed;
import siteops.api.update.CompanyConverted;
import siteops.api.update.CompanyRestored;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateRollbackFailed;
import siteops.api.update.UpdateRolledBack;
import siteops.api.update.UpdateStarted;
import siteops.query.backup.BackupCollection;
import siteops.query.backup.BackupProjection;
import siteops.query.site.SiteCollection;
import siteops.query.site.SiteListView;
import siteops.query.site.SiteViewProjection;
import siteops.query.site.UpdateCollection;
import siteops.query.site.UpdateProgressProjection;
import siteops.query.site.VisibleSites;
import siteops.query.store.CollectionScan;
import siteops.query.testing.InMemoryMongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read side of backups and restores: an update's pre-update backup and its rollback's restore
 * are steps of the update, a user's restore is an operation of its own, a deletion leaves the
 * backup DELETED; the site's status and current operation follow, and re-delivery changes nothing.
 */
class BackupAndRestoreProjectionTest {

    private static final String SITE = "22222222-2222-2222-2222-222222222222";
    private static final List<String> COMPANIES = List.of("BIJOU", "GESCOM");
    private static final Instant START = Instant.parse("2031-03-01T08:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2031-03-31T08:00:00Z");
    private static final Actor CLIENT = new Actor("client", Role.CLIENT, "client");

    private final InMemoryMongo mongo = new InMemoryMongo();
    private MongoDatabase database;
    private List<AnnotationEventHandlerAdapter> projections;
    private OperationQueryHandler operations;
    private final List<Object> applied = new ArrayList<>();

    @BeforeEach
    void freshDatabase() {
        database = mongo.freshDatabase();
        SiteCollection sites = new SiteCollection(database);
        projections = List.of(new AnnotationEventHandlerAdapter(new SiteViewProjection(sites,
                new SiteListView(sites, CollectionScan.THROUGH_THE_DRIVER))),
                new AnnotationEventHandlerAdapter(new OperationProjection(new OperationCollection(database))),
                new AnnotationEventHandlerAdapter(new UpdateProgressProjection(new UpdateCollection(database))),
                new AnnotationEventHandlerAdapter(new BackupProjection(new BackupCollection(database))));
        operations = new OperationQueryHandler(new OperationCollection(database), new VisibleSites(sites));
        apply(new SiteRegistered(SITE, "SAGE-BR", "Sage 100", Edition.Premium, "2020.3", "Normal", SiteType.Production,
                "Europe/Paris", true, "H900001", "acme", "client", COMPANIES));
    }

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    private void apply(Object... payloads) {
        for (Object payload : payloads) {
            long sequence = applied.size();
            applied.add(payload);
            handle(sequence, payload);
        }
    }

    private void replayAll() {
        for (int sequence = 0; sequence < applied.size(); sequence++) {
            handle(sequence, applied.get(sequence));
        }
    }

    private void handle(long sequence, Object payload) {
        DomainEventMessage<?> event = new GenericDomainEventMessage<>("Site", SITE, sequence, payload,
                MetaData.with("actor", "acme"), "event-" + sequence, START.plusSeconds(sequence));
        try {
            for (AnnotationEventHandlerAdapter projection : projections) {
                projection.handle(event);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Document site() {
        return InMemoryMongo.contents(database, "sites").get(0);
    }

    private Document only(String collection) {
        List<Document> documents = InMemoryMongo.contents(database, collection);
        assertThat(documents).hasSize(1);
        return documents.get(0);
    }

    private Document backup(String backupId) {
        return InMemoryMongo.contents(database, "site_backups").stream()
                .filter(document -> backupId.equals(document.getString("backupId"))).findFirst().orElseThrow();
    }

    private void updateBackedUpAndFailed() {
        apply(new UpdateRequested(SITE, "u1", "2020.3", "2021.3", COMPANIES),
                new BackupRequested(SITE, "p1", BackupKind.PRE_UPDATE, "before the update to 2021.3", "2020.3",
                        Edition.Premium, COMPANIES, SiteStatus.Updating, "u1"));
        Document backingUp = site();
        assertThat(backingUp.getString("status")).isEqualTo("Updating");
        assertThat(backingUp.get("currentUpdate", Document.class).getString("phase")).isEqualTo("BACKING_UP");
        assertThat(backingUp.get("currentOperation", Document.class).getString("state")).isEqualTo("RUNNING");
        apply(new BackupStarted(SITE, "p1", "u1"),
                new BackupCompleted(SITE, "p1", SiteStatus.Updating, EXPIRES, "u1"),
                new UpdateStarted(SITE, "u1", "2020.3", "2021.3", COMPANIES, "p1"),
                new CompanyConverted(SITE, "u1", "BIJOU", "2021.3"),
                new CompanyConversionFailed(SITE, "u1", "GESCOM", "disk full"),
                new RestoreRequested(SITE, "x1", "p1", "2020.3", SiteStatus.Updating, "u1"),
                new RestoreStarted(SITE, "x1", "p1", "u1"));
        assertThat(site().getString("status")).isEqualTo("Updating");
        assertThat(site().get("currentOperation", Document.class).getString("operationId")).isEqualTo("u1");
    }

    @Test
    void anUpdateRolledBackThroughItsBackupCountsTheBackupAsAStepAndNamesIt() {
        updateBackedUpAndFailed();
        apply(new RestoreCompleted(SITE, "x1", "p1", "2020.3", SiteStatus.Updating, "u1"),
                new CompanyRestored(SITE, "u1", "BIJOU", "2020.3"),
                new UpdateRolledBack(SITE, "u1", "2020.3", "GESCOM", "disk full", "p1"));

        OperationView update = operations.handle(new FindSiteOperation(CLIENT, SITE, "u1"));
        assertThat(update.state()).isEqualTo(OperationState.FAILED);
        assertThat(update.stepsTotal()).isEqualTo(3);
        assertThat(update.stepsDone()).isEqualTo(2);
        assertThat(update.startedAt()).isEqualTo(START.plusSeconds(2));
        assertThat(update.details()).containsEntry("preUpdateBackupId", "p1").containsEntry("restoredFromBackupId", "p1");
        assertThat(operations.handle(new FindSiteOperations(CLIENT, SITE, new PageRequest(1, 10))).items())
                .extracting(OperationView::kind).containsExactly(OperationKind.UPDATE);
        Document progress = only("site_updates");
        assertThat(progress.getString("phase")).isEqualTo("ROLLED_BACK");
        assertThat(progress.getString("preUpdateBackupId")).isEqualTo("p1");
        assertThat(progress.getString("restoredFromBackupId")).isEqualTo("p1");
        assertThat(site().getString("status")).isEqualTo("Ready");
        assertThat(site().get("currentOperation")).isNull();
        assertThat(backup("p1").getString("kind")).isEqualTo("PRE_UPDATE");
        assertThat(backup("p1").getString("state")).isEqualTo("COMPLETED");
        assertThat(backup("p1").getDate("expiresAt").toInstant()).isEqualTo(EXPIRES);
    }

    @Test
    void aFailedRollbackRestoreEndsTheUpdateAndLeavesTheSiteInFault() {
        updateBackedUpAndFailed();
        apply(new RestoreFailed(SITE, "x1", "p1", "volume unreachable", "u1"),
                new UpdateRollbackFailed(SITE, "u1", "2020.3", "p1", "volume unreachable"));

        OperationView update = operations.handle(new FindSiteOperation(CLIENT, SITE, "u1"));
        assertThat(update.state()).isEqualTo(OperationState.FAILED);
        assertThat(update.failure()).isEqualTo(new OperationFailure("CONVERT_COMPANY GESCOM", "disk full"));
        assertThat(update.details()).containsEntry("rollbackFailure", "volume unreachable");
        assertThat(only("site_updates").getString("phase")).isEqualTo("ROLLBACK_FAILED");
        assertThat(site().getString("status")).isEqualTo("Fault");
        assertThat(site().get("currentUpdate")).isNull();
        assertThat(site().get("currentOperation")).isNull();
    }

    @Test
    void aFailedPreUpdateBackupIsTheUpdatesFailure() {
        apply(new UpdateRequested(SITE, "u1", "2020.3", "2021.3", COMPANIES),
                new BackupRequested(SITE, "p1", BackupKind.PRE_UPDATE, "before the update to 2021.3", "2020.3",
                        Edition.Premium, COMPANIES, SiteStatus.Updating, "u1"),
                new BackupStarted(SITE, "p1", "u1"),
                new BackupFailed(SITE, "p1", "no space", SiteStatus.Updating, "u1"),
                new UpdateRolledBack(SITE, "u1", "2020.3", null, "the backup before the update failed: no space", null));

        OperationView update = operations.handle(new FindSiteOperation(CLIENT, SITE, "u1"));
        assertThat(update.failure()).isEqualTo(new OperationFailure("BACK_UP", "no space"));
        assertThat(update.stepsDone()).isZero();
        assertThat(backup("p1").getString("state")).isEqualTo("FAILED");
        assertThat(site().getString("status")).isEqualTo("Ready");
    }

    @Test
    void aUsersRestoreIsAnOperationOfItsOwnWhileTheSiteIsRestoring() {
        apply(new BackupRequested(SITE, "b1", BackupKind.MANUAL, null, "2020.3", Edition.Premium, COMPANIES,
                        SiteStatus.Ready, null),
                new BackupStarted(SITE, "b1", null),
                new BackupCompleted(SITE, "b1", SiteStatus.Ready, null, null),
                new RestoreRequested(SITE, "x2", "b1", "2020.3", SiteStatus.Ready, null));
        assertThat(site().getString("status")).isEqualTo("Restoring");
        assertThat(site().get("currentOperation", Document.class).getString("kind")).isEqualTo("RESTORE_BACKUP");
        apply(new RestoreStarted(SITE, "x2", "b1", null),
                new RestoreCompleted(SITE, "x2", "b1", "2020.3", SiteStatus.Ready, null));

        OperationView restore = operations.handle(new FindSiteOperation(CLIENT, SITE, "x2"));
        assertThat(restore.kind()).isEqualTo(OperationKind.RESTORE_BACKUP);
        assertThat(restore.state()).isEqualTo(OperationState.SUCCEEDED);
        assertThat(restore.stepsDone()).isEqualTo(1);
        assertThat(restore.details()).containsEntry("backupId", "b1");
        assertThat(site().getString("status")).isEqualTo("Ready");
        assertThat(site().get("currentOperation")).isNull();
    }

    @Test
    void aRestoreAfterAFailedRollbackPutsEveryCompanyBackOnTheSitesVersion() {
        updateBackedUpAndFailed();
        apply(new RestoreFailed(SITE, "x1", "p1", "volume unreachable", "u1"),
                new UpdateRollbackFailed(SITE, "u1", "2020.3", "p1", "volume unreachable"));
        assertThat(site().getList("companies", Document.class)).extracting(company -> company.getString("version"))
                .containsExactly("2021.3", "2020.3");

        apply(new RestoreRequested(SITE, "x3", "p1", "2020.3", SiteStatus.Ready, null),
                new RestoreStarted(SITE, "x3", "p1", null),
                new RestoreCompleted(SITE, "x3", "p1", "2020.3", SiteStatus.Ready, null));

        assertThat(site().getList("companies", Document.class)).extracting(company -> company.getString("version"))
                .containsOnly("2020.3");
        assertThat(site().getString("status")).isEqualTo("Ready");
    }

    @Test
    void everyEventOfTheSiteMovesTheRevisionOfItsDocument() {
        updateBackedUpAndFailed();
        apply(new RestoreCompleted(SITE, "x1", "p1", "2020.3", SiteStatus.Updating, "u1"),
                new CompanyRestored(SITE, "u1", "BIJOU", "2020.3"),
                new UpdateRolledBack(SITE, "u1", "2020.3", "GESCOM", "disk full", "p1"),
                new BackupDeleted(SITE, "p1", BackupDeletion.MANUAL, null));

        assertThat(site().getLong("revision")).isEqualTo(applied.size() - 1);
    }

    @Test
    void aDeletedBackupStaysListedAsDeletedAndOnlyAUsersDeletionIsAnOperation() {
        apply(new BackupRequested(SITE, "b1", BackupKind.MANUAL, null, "2020.3", Edition.Premium, COMPANIES,
                        SiteStatus.Ready, null),
                new BackupStarted(SITE, "b1", null),
                new BackupCompleted(SITE, "b1", SiteStatus.Ready, null, null),
                new BackupRequested(SITE, "b2", BackupKind.MANUAL, null, "2020.3", Edition.Premium, COMPANIES,
                        SiteStatus.Ready, null),
                new BackupStarted(SITE, "b2", null),
                new BackupCompleted(SITE, "b2", SiteStatus.Ready, null, null),
                new BackupDeleted(SITE, "b1", BackupDeletion.MANUAL, null),
                new BackupDeleted(SITE, "b2", BackupDeletion.RETENTION, EXPIRES));

        assertThat(backup("b1").getString("state")).isEqualTo("DELETED");
        assertThat(backup("b1").get("expiresAt")).isNull();
        assertThat(backup("b2").getString("state")).isEqualTo("DELETED");
        assertThat(backup("b2").getDate("expiresAt").toInstant()).isEqualTo(EXPIRES);
        assertThat(operations.handle(new FindSiteOperations(CLIENT, SITE, new PageRequest(1, 10))).items())
                .extracting(OperationView::kind)
                .containsExactly(OperationKind.DELETE_BACKUP, OperationKind.BACK_UP, OperationKind.BACK_UP);
        assertThat(site().getString("status")).isEqualTo("Ready");
    }

    @Test
    void everyEventDeliveredAgainChangesNothing() {
        updateBackedUpAndFailed();
        apply(new RestoreCompleted(SITE, "x1", "p1", "2020.3", SiteStatus.Updating, "u1"),
                new CompanyRestored(SITE, "u1", "BIJOU", "2020.3"),
                new UpdateRolledBack(SITE, "u1", "2020.3", "GESCOM", "disk full", "p1"),
                new BackupDeleted(SITE, "p1", BackupDeletion.RETENTION, EXPIRES));
        List<List<Document>> once = List.of(InMemoryMongo.contents(database, "sites"),
                InMemoryMongo.contents(database, "site_operations"), InMemoryMongo.contents(database, "site_updates"),
                InMemoryMongo.contents(database, "site_backups"));

        replayAll();

        assertThat(List.of(InMemoryMongo.contents(database, "sites"),
                InMemoryMongo.contents(database, "site_operations"), InMemoryMongo.contents(database, "site_updates"),
                InMemoryMongo.contents(database, "site_backups"))).isEqualTo(once);
    }
}
