package siteops.query.site;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupDeleted;
import siteops.api.backup.BackupFailed;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupStarted;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.metadata.MetaDataKeys;
import siteops.api.repair.RepairCompleted;
import siteops.api.repair.RepairFailed;
import siteops.api.repair.RepairRequested;
import siteops.api.repair.RepairStarted;
import siteops.api.restore.RestoreCompleted;
import siteops.api.restore.RestoreFailed;
import siteops.api.restore.RestoreRequested;
import siteops.api.restore.RestoreStarted;
import siteops.api.site.ProductMigrated;
import siteops.api.site.SiteRegistered;
import siteops.api.site.SiteSettingsChanged;
import siteops.api.text.TextFolding;
import siteops.api.update.CompanyConversionFailed;
import siteops.api.update.CompanyConverted;
import siteops.api.update.CompanyRestored;
import siteops.api.update.UpdateCompleted;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateRollbackFailed;
import siteops.api.update.UpdateRolledBack;
import siteops.api.update.UpdateStarted;
import siteops.query.operation.BackupOperations;
import siteops.query.operation.OperationFields;
import siteops.query.operation.RepairOperations;
import siteops.query.operation.RestoreOperations;
import siteops.query.operation.UpdateOperations;
import siteops.query.store.ProcessingGroups;
import siteops.query.store.ReadModelWrites;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static siteops.query.site.UpdateProgressFields.SITE_CURRENT_UPDATE;
import static siteops.query.store.Documents.date;

/** Keeps one document per site in {@code sites}: what the site list and the site detail show. */
@Component
@ProcessingGroup(ProcessingGroups.SITES)
public class SiteViewProjection {

    private final SiteCollection sites;
    private final SiteListChanges list;

    public SiteViewProjection(SiteCollection sites, SiteListChanges list) {
        this.sites = sites;
        this.list = list;
    }

    @EventHandler
    void on(SiteRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        List<Document> companies = event.companies().stream()
                .map(name -> new Document("name", name).append("version", event.version()))
                .toList();
        Document site = new Document("name", event.name())
                .append(SiteCollection.SORT_NAME, event.name().toLowerCase(Locale.ROOT))
                .append("product", event.product())
                .append("edition", event.edition().name())
                .append("version", event.version())
                .append("plan", event.plan())
                .append("type", event.type().name())
                .append("timeZone", event.timeZone())
                .append("siteAdministration", event.siteAdministration())
                .append("serialNumber", event.serialNumber())
                .append(SiteCollection.FOLDED_NAME, TextFolding.fold(event.name()))
                .append(SiteCollection.FOLDED_SERIAL_NUMBER, TextFolding.fold(event.serialNumber()))
                .append("partnerId", event.partnerId())
                .append("clientId", event.clientId())
                .append("companies", companies)
                .append("companyCount", companies.size())
                .append("status", event.statusAfter().name())
                .append(SiteCollection.CURRENT_UPDATE, null)
                .append(OperationFields.SITE_CURRENT_OPERATION, null)
                .append("lastChangedAt", date(at));
        ReadModelWrites.insertIfAbsent(sites.documents(), event.siteId(), sequence, site);
        list.changed(event.siteId());
    }

    @EventHandler
    void on(UpdateRequested event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        change(event.siteId(), sequence, at, List.of(
                status(event),
                Updates.set(SiteCollection.CURRENT_UPDATE, UpdateProgressFields.requested(event, at)),
                Updates.set(OperationFields.SITE_CURRENT_OPERATION, UpdateOperations.requested(event, actor, at))));
    }

    @EventHandler
    void on(UpdateStarted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        List<Bson> changes = plus(SITE_CURRENT_UPDATE.started(event, at), status(event));
        if (event.preUpdateBackupId() == null) {
            changes.addAll(OperationFields.OF_SITE.running(at));
        }
        change(event.siteId(), sequence, at, changes);
    }

    @EventHandler
    void on(CompanyConverted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        List<Bson> changes = new ArrayList<>(SITE_CURRENT_UPDATE.companyConverted());
        changes.addAll(OperationFields.OF_SITE.stepDone());
        changeCompany(event.siteId(), event.company(), event.version(), sequence, at, changes);
    }

    @EventHandler
    void on(CompanyConversionFailed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        List<Bson> changes = new ArrayList<>(SITE_CURRENT_UPDATE.failed(event));
        changes.addAll(OperationFields.OF_SITE.failedAt(UpdateOperations.failedStep(event), event.reason()));
        change(event.siteId(), sequence, at, changes);
    }

    @EventHandler
    void on(CompanyRestored event, @SequenceNumber long sequence, @Timestamp Instant at) {
        changeCompany(event.siteId(), event.company(), event.version(), sequence, at, List.of());
    }

    @EventHandler
    void on(UpdateCompleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.siteId(), sequence, at, List.of(
                status(event),
                Updates.set("version", event.version()),
                Updates.set(SiteCollection.CURRENT_UPDATE, null),
                Updates.set(OperationFields.SITE_CURRENT_OPERATION, null)));
    }

    @EventHandler
    void on(UpdateRolledBack event, @SequenceNumber long sequence, @Timestamp Instant at) {
        updateEnded(event, sequence, at);
    }

    @EventHandler
    void on(UpdateRollbackFailed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        updateEnded(event, sequence, at);
    }

    @EventHandler
    void on(ProductMigrated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.siteId(), sequence, at, List.of(Updates.set("edition", event.toEdition().name())));
    }

    @EventHandler
    void on(SiteSettingsChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        List<Bson> changes = new ArrayList<>();
        if (event.plan() != null) {
            changes.add(Updates.set("plan", event.plan().after()));
        }
        if (event.timeZone() != null) {
            changes.add(Updates.set("timeZone", event.timeZone().after()));
        }
        if (event.siteAdministration() != null) {
            changes.add(Updates.set("siteAdministration", event.siteAdministration().after()));
        }
        change(event.siteId(), sequence, at, changes);
    }

    /** A pre-update backup is a step of the update running: the update's operation and progress show it. */
    @EventHandler
    void on(BackupRequested event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        if (event.updateId() != null) {
            List<Bson> changes = plus(SITE_CURRENT_UPDATE.backingUp(event, at), status(event));
            changes.addAll(OperationFields.OF_SITE.backingUp(event.backupId(), at));
            change(event.siteId(), sequence, at, changes);
        } else {
            change(event.siteId(), sequence, at, List.of(status(event),
                    Updates.set(OperationFields.SITE_CURRENT_OPERATION, BackupOperations.requested(event, actor, at))));
        }
    }

    @EventHandler
    void on(BackupStarted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.siteId(), sequence, at, event.updateId() == null ? OperationFields.OF_SITE.running(at) : List.of());
    }

    @EventHandler
    void on(BackupCompleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event.updateId() != null) {
            change(event.siteId(), sequence, at, plus(OperationFields.OF_SITE.stepDone(), status(event)));
        } else {
            operationEnded(event, sequence, at);
        }
    }

    @EventHandler
    void on(BackupFailed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event.updateId() != null) {
            change(event.siteId(), sequence, at,
                    plus(OperationFields.OF_SITE.failedAt(BackupOperations.STEP, event.reason()), status(event)));
        } else {
            operationEnded(event, sequence, at);
        }
    }

    /** The restore of an update's rollback is a step of the update running, which shows as Updating. */
    @EventHandler
    void on(RestoreRequested event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        if (event.updateId() != null) {
            change(event.siteId(), sequence, at, List.of(status(event)));
        } else {
            change(event.siteId(), sequence, at, List.of(status(event),
                    Updates.set(OperationFields.SITE_CURRENT_OPERATION, RestoreOperations.requested(event, actor, at))));
        }
    }

    @EventHandler
    void on(RestoreStarted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.siteId(), sequence, at, event.updateId() == null ? OperationFields.OF_SITE.running(at) : List.of());
    }

    /**
     * Every company is as the backup had it, on the site's version (after a failed rollback, some
     * were on the target version). The restore of a rollback leaves that to the rollback's own
     * {@code CompanyRestored} events.
     */
    @EventHandler
    void on(RestoreCompleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event.updateId() != null) {
            change(event.siteId(), sequence, at, List.of(status(event)));
        } else {
            change(event.siteId(), sequence, at, List.of(status(event),
                    Updates.set(OperationFields.SITE_CURRENT_OPERATION, null),
                    Updates.set("companies.$[].version", event.version())));
        }
    }

    /** Nothing the site's document shows, but its revision: the site's ETag is the revision of its last event. */
    @EventHandler
    void on(BackupDeleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.siteId(), sequence, at, List.of());
    }

    /** A rollback's restore failed: the update ends next, and with it the site's current operation. */
    @EventHandler
    void on(RestoreFailed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event.updateId() != null) {
            change(event.siteId(), sequence, at, List.of(status(event)));
        } else {
            operationEnded(event, sequence, at);
        }
    }

    @EventHandler
    void on(RepairRequested event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        change(event.siteId(), sequence, at, List.of(status(event),
                Updates.set(OperationFields.SITE_CURRENT_OPERATION, RepairOperations.requested(event, actor, at))));
    }

    @EventHandler
    void on(RepairStarted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.siteId(), sequence, at, plus(OperationFields.OF_SITE.running(at), status(event)));
    }

    @EventHandler
    void on(RepairCompleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        operationEnded(event, sequence, at);
    }

    @EventHandler
    void on(RepairFailed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        operationEnded(event, sequence, at);
    }

    /** Locked, unlocked, suspended, resumed: nothing but the status changes. */
    @EventHandler
    void on(SiteStatusChange event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.siteId(), sequence, at, List.of(status(event)));
    }

    @ResetHandler
    void reset() {
        sites.empty();
        list.clear();
    }

    private void updateEnded(SiteStatusChange event, long sequence, Instant at) {
        change(event.siteId(), sequence, at, List.of(
                status(event),
                Updates.set(SiteCollection.CURRENT_UPDATE, null),
                Updates.set(OperationFields.SITE_CURRENT_OPERATION, null)));
    }

    private void operationEnded(SiteStatusChange event, long sequence, Instant at) {
        change(event.siteId(), sequence, at, List.of(status(event),
                Updates.set(OperationFields.SITE_CURRENT_OPERATION, null)));
    }

    private static Bson status(SiteStatusChange event) {
        return Updates.set("status", event.statusAfter().name());
    }

    private void change(String siteId, long sequence, Instant at, List<Bson> changes) {
        ReadModelWrites.update(sites.documents(), siteId, sequence, plus(changes, Updates.set("lastChangedAt", date(at))));
        list.changed(siteId);
    }

    /** The array filter picks the company by name: only its version changes. */
    private void changeCompany(String siteId, String company, String version, long sequence, Instant at,
                               List<Bson> changes) {
        ReadModelWrites.update(sites.documents(), siteId, sequence,
                plus(changes, Updates.set("companies.$[company].version", version),
                        Updates.set("lastChangedAt", date(at))),
                List.of(Filters.eq("company.name", company)));
        list.changed(siteId);
    }

    private static List<Bson> plus(List<Bson> changes, Bson... more) {
        List<Bson> all = new ArrayList<>(changes);
        all.addAll(List.of(more));
        return all;
    }
}
