package siteops.query.operation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupDeleted;
import siteops.api.backup.BackupDeletion;
import siteops.api.backup.BackupFailed;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupStarted;
import siteops.api.lifecycle.SiteLocked;
import siteops.api.lifecycle.SiteResumed;
import siteops.api.lifecycle.SiteSuspended;
import siteops.api.lifecycle.SiteUnlocked;
import siteops.api.metadata.MetaDataKeys;
import siteops.api.operation.OperationKind;
import siteops.api.operation.OperationState;
import siteops.api.repair.RepairCompleted;
import siteops.api.repair.RepairFailed;
import siteops.api.repair.RepairRequested;
import siteops.api.repair.RepairStarted;
import siteops.api.restore.RestoreCompleted;
import siteops.api.restore.RestoreFailed;
import siteops.api.restore.RestoreRequested;
import siteops.api.restore.RestoreStarted;
import siteops.api.site.ProductMigrated;
import siteops.api.site.SettingChange;
import siteops.api.site.SiteSettingsChanged;
import siteops.api.update.CompanyConversionFailed;
import siteops.api.update.CompanyConverted;
import siteops.api.update.UpdateCompleted;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateRollbackFailed;
import siteops.api.update.UpdateRolledBack;
import siteops.api.update.UpdateStarted;
import siteops.query.store.ProcessingGroups;
import siteops.query.store.ReadModelWrites;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static siteops.query.operation.OperationFields.OWN_DOCUMENT;

/**
 * Keeps one document per operation of a site in {@code site_operations}: an update (its
 * pre-update backup and its rollback's restore among its steps), a repair, a backup or a restore
 * from its request to its end, and each operation done at once (migration, modification, lock,
 * unlock, suspension, resumption, deletion of a backup) as it happened.
 */
@Component
@ProcessingGroup(ProcessingGroups.SITES)
public class OperationProjection {

    private final OperationCollection operations;

    public OperationProjection(OperationCollection operations) {
        this.operations = operations;
    }

    @EventHandler
    void on(UpdateRequested event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        insert(event.updateId(), sequence, UpdateOperations.requested(event, actor, at));
    }

    /** An update that took a backup first has been running since its backup was asked for. */
    @EventHandler
    void on(UpdateStarted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event.preUpdateBackupId() == null) {
            change(event.updateId(), sequence, OWN_DOCUMENT.running(at));
        }
    }

    @EventHandler
    void on(CompanyConverted event, @SequenceNumber long sequence) {
        change(event.updateId(), sequence, OWN_DOCUMENT.stepDone());
    }

    @EventHandler
    void on(CompanyConversionFailed event, @SequenceNumber long sequence) {
        change(event.updateId(), sequence, OWN_DOCUMENT.failedAt(UpdateOperations.failedStep(event), event.reason()));
    }

    @EventHandler
    void on(UpdateCompleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.updateId(), sequence, OWN_DOCUMENT.finished(OperationState.SUCCEEDED, at));
    }

    @EventHandler
    void on(UpdateRolledBack event, @SequenceNumber long sequence, @Timestamp Instant at) {
        List<Bson> changes = new ArrayList<>(OWN_DOCUMENT.finished(OperationState.FAILED, at));
        changes.addAll(OWN_DOCUMENT.restoredFrom(event.restoredFromBackupId()));
        change(event.updateId(), sequence, changes);
    }

    @EventHandler
    void on(UpdateRollbackFailed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        List<Bson> changes = new ArrayList<>(OWN_DOCUMENT.finished(OperationState.FAILED, at));
        changes.addAll(OWN_DOCUMENT.rollbackFailed(event.reason()));
        change(event.updateId(), sequence, changes);
    }

    /** A pre-update backup is a step of its update, not an operation of its own. */
    @EventHandler
    void on(BackupRequested event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        if (event.updateId() != null) {
            change(event.updateId(), sequence, OWN_DOCUMENT.backingUp(event.backupId(), at));
        } else {
            insert(event.backupId(), sequence, BackupOperations.requested(event, actor, at));
        }
    }

    @EventHandler
    void on(BackupStarted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event.updateId() == null) {
            change(event.backupId(), sequence, OWN_DOCUMENT.running(at));
        }
    }

    @EventHandler
    void on(BackupCompleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event.updateId() != null) {
            change(event.updateId(), sequence, OWN_DOCUMENT.stepDone());
        } else {
            succeeded(event.backupId(), sequence, at);
        }
    }

    @EventHandler
    void on(BackupFailed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event.updateId() != null) {
            change(event.updateId(), sequence, OWN_DOCUMENT.failedAt(BackupOperations.STEP, event.reason()));
        } else {
            failed(event.backupId(), sequence, at, BackupOperations.STEP, event.reason());
        }
    }

    /** The restore of an update's rollback is a step of that update, not an operation of its own. */
    @EventHandler
    void on(RestoreRequested event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        if (event.updateId() == null) {
            insert(event.operationId(), sequence, RestoreOperations.requested(event, actor, at));
        }
    }

    @EventHandler
    void on(RestoreStarted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event.updateId() == null) {
            change(event.operationId(), sequence, OWN_DOCUMENT.running(at));
        }
    }

    @EventHandler
    void on(RestoreCompleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event.updateId() == null) {
            succeeded(event.operationId(), sequence, at);
        }
    }

    @EventHandler
    void on(RestoreFailed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event.updateId() == null) {
            failed(event.operationId(), sequence, at, RestoreOperations.STEP, event.reason());
        }
    }

    /** A deletion by a user is an operation done at once; one by retention is the system's, not an operation. */
    @EventHandler
    void on(BackupDeleted event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MessageIdentifier String eventId, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        if (event.reason() == BackupDeletion.MANUAL) {
            doneAtOnce(eventId, event.siteId(), OperationKind.DELETE_BACKUP, actor, sequence, at,
                    new Document("backupId", event.backupId()));
        }
    }

    @EventHandler
    void on(RepairRequested event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        insert(event.operationId(), sequence, RepairOperations.requested(event, actor, at));
    }

    @EventHandler
    void on(RepairStarted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.operationId(), sequence, OWN_DOCUMENT.running(at));
    }

    @EventHandler
    void on(RepairCompleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        succeeded(event.operationId(), sequence, at);
    }

    @EventHandler
    void on(RepairFailed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        failed(event.operationId(), sequence, at, RepairOperations.STEP, event.reason());
    }

    @EventHandler
    void on(ProductMigrated event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MessageIdentifier String eventId, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        doneAtOnce(eventId, event.siteId(), OperationKind.MIGRATE_PRODUCT, actor, sequence, at,
                new Document("fromEdition", event.fromEdition().name()).append("toEdition", event.toEdition().name())
                        .append("version", event.version()));
    }

    @EventHandler
    void on(SiteSettingsChanged event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MessageIdentifier String eventId, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        Document changes = new Document();
        putChange(changes, "plan", event.plan());
        putChange(changes, "timeZone", event.timeZone());
        putChange(changes, "siteAdministration", event.siteAdministration());
        doneAtOnce(eventId, event.siteId(), OperationKind.MODIFY, actor, sequence, at, new Document("changes", changes));
    }

    @EventHandler
    void on(SiteLocked event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MessageIdentifier String eventId, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        doneAtOnce(eventId, event.siteId(), OperationKind.LOCK, actor, sequence, at,
                new Document("reason", event.reason()));
    }

    @EventHandler
    void on(SiteUnlocked event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MessageIdentifier String eventId, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        doneAtOnce(eventId, event.siteId(), OperationKind.UNLOCK, actor, sequence, at, new Document());
    }

    @EventHandler
    void on(SiteSuspended event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MessageIdentifier String eventId, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        doneAtOnce(eventId, event.siteId(), OperationKind.SUSPEND, actor, sequence, at,
                new Document("reason", event.reason()));
    }

    @EventHandler
    void on(SiteResumed event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MessageIdentifier String eventId, @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        doneAtOnce(eventId, event.siteId(), OperationKind.RESUME, actor, sequence, at, new Document());
    }

    @ResetHandler
    void reset() {
        operations.empty();
    }

    private static void putChange(Document changes, String setting, SettingChange<?> change) {
        if (change != null) {
            changes.append(setting, new Document("before", change.before()).append("after", change.after()));
        }
    }

    /** A one-step operation that succeeded: its step is done. */
    private void succeeded(String operationId, long sequence, Instant at) {
        List<Bson> changes = new ArrayList<>(OWN_DOCUMENT.stepDone());
        changes.addAll(OWN_DOCUMENT.finished(OperationState.SUCCEEDED, at));
        change(operationId, sequence, changes);
    }

    private void failed(String operationId, long sequence, Instant at, String step, String reason) {
        List<Bson> changes = new ArrayList<>(OWN_DOCUMENT.failedAt(step, reason));
        changes.addAll(OWN_DOCUMENT.finished(OperationState.FAILED, at));
        change(operationId, sequence, changes);
    }

    private void doneAtOnce(String operationId, String siteId, OperationKind kind, String actor, long sequence,
                            Instant at, Document details) {
        insert(operationId, sequence, OperationFields.doneAtOnce(operationId, siteId, kind, actor, at, details));
    }

    private void insert(String operationId, long sequence, Document operation) {
        ReadModelWrites.insertIfAbsent(operations.documents(), operationId, sequence,
                operation.append("sequence", sequence));
    }

    private void change(String operationId, long sequence, List<Bson> changes) {
        ReadModelWrites.update(operations.documents(), operationId, sequence, new ArrayList<>(changes));
    }
}
