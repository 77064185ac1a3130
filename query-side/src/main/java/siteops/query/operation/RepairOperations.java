package siteops.query.operation;

import org.bson.Document;
import siteops.api.operation.JobKind;
import siteops.api.operation.OperationKind;
import siteops.api.repair.RepairRequested;

import java.time.Instant;

/** A repair as an operation: one step, the redeployment of the site's applications. */
public final class RepairOperations {

    public static final String STEP = JobKind.REPAIR.name();

    private RepairOperations() {
    }

    public static Document requested(RepairRequested event, String requestedBy, Instant at) {
        return OperationFields.queued(event.operationId(), event.siteId(), OperationKind.REPAIR, requestedBy, at, 1,
                new Document());
    }
}
