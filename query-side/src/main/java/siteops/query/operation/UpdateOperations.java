package siteops.query.operation;

import org.bson.Document;
import siteops.api.operation.OperationKind;
import siteops.api.update.CompanyConversionFailed;
import siteops.api.update.UpdateRequested;

import java.time.Instant;

/** An update as an operation: one step per company to convert, the versions in its details. */
public final class UpdateOperations {

    private UpdateOperations() {
    }

    public static Document requested(UpdateRequested event, String requestedBy, Instant at) {
        Document details = new Document("fromVersion", event.fromVersion())
                .append("targetVersion", event.targetVersion())
                .append("preUpdateBackupId", null)
                .append("restoredFromBackupId", null)
                .append("rollbackFailure", null);
        return OperationFields.queued(event.updateId(), event.siteId(), OperationKind.UPDATE, requestedBy, at,
                event.companies().size(), details);
    }

    public static String failedStep(CompanyConversionFailed event) {
        return "CONVERT_COMPANY " + event.company();
    }
}
