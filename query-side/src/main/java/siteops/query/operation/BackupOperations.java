package siteops.query.operation;

import org.bson.Document;
import siteops.api.backup.BackupRequested;
import siteops.api.operation.JobKind;
import siteops.api.operation.OperationKind;

import java.time.Instant;

/** A backup as an operation: one step, the agent's backup; its id is the backup's. */
public final class BackupOperations {

    public static final String STEP = JobKind.BACK_UP.name();

    private BackupOperations() {
    }

    public static Document requested(BackupRequested event, String requestedBy, Instant at) {
        return OperationFields.queued(event.backupId(), event.siteId(), OperationKind.BACK_UP, requestedBy, at, 1,
                new Document("backupId", event.backupId()).append("kind", event.kind().name())
                        .append("label", event.label()));
    }
}
