package siteops.query.operation;

import org.bson.Document;
import siteops.api.operation.JobKind;
import siteops.api.operation.OperationKind;
import siteops.api.restore.RestoreRequested;

import java.time.Instant;

/** A user's restore as an operation: one step, the agent's restore; the backup in its details. */
public final class RestoreOperations {

    public static final String STEP = JobKind.RESTORE.name();

    private RestoreOperations() {
    }

    public static Document requested(RestoreRequested event, String requestedBy, Instant at) {
        return OperationFields.queued(event.operationId(), event.siteId(), OperationKind.RESTORE_BACKUP, requestedBy,
                at, 1, new Document("backupId", event.backupId()));
    }
}
