package siteops.query.operation;

import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import siteops.api.operation.OperationKind;
import siteops.api.operation.OperationState;
import siteops.api.query.OperationFailure;
import siteops.api.query.Eta;
import siteops.api.query.OperationView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import static siteops.query.store.Documents.date;
import static siteops.query.store.Documents.enumValue;
import static siteops.query.store.Documents.instant;
import static siteops.query.store.Documents.intValue;

/**
 * An operation as a document, and how each step changes it. The same fields live in two places:
 * the operation's own document in {@code site_operations}, and, while it runs, the site's
 * {@code currentOperation}, written with the site's status in one atomic write.
 */
public final class OperationFields {

    public static final String SITE_CURRENT_OPERATION = "currentOperation";
    public static final OperationFields OWN_DOCUMENT = new OperationFields("");
    public static final OperationFields OF_SITE = new OperationFields(SITE_CURRENT_OPERATION + ".");

    private final String prefix;

    private OperationFields(String prefix) {
        this.prefix = prefix;
    }

    /** A long-running operation, requested and not started. */
    public static Document queued(String operationId, String siteId, OperationKind kind, String requestedBy,
                                  Instant at, int stepsTotal, Document details) {
        return new Document("operationId", operationId)
                .append("siteId", siteId)
                .append("kind", kind.name())
                .append("state", OperationState.QUEUED.name())
                .append("requestedBy", requestedBy)
                .append("requestedAt", date(at))
                .append("startedAt", null)
                .append("finishedAt", null)
                .append("stepsTotal", stepsTotal)
                .append("stepsDone", 0)
                .append("failure", null)
                .append("details", details);
    }

    /** An operation done at once: it starts and succeeds when it is requested. */
    static Document doneAtOnce(String operationId, String siteId, OperationKind kind, String requestedBy, Instant at,
                               Document details) {
        return queued(operationId, siteId, kind, requestedBy, at, 0, details)
                .append("state", OperationState.SUCCEEDED.name())
                .append("startedAt", date(at))
                .append("finishedAt", date(at));
    }

    public List<Bson> running(Instant at) {
        return List.of(Updates.set(prefix + "state", OperationState.RUNNING.name()),
                Updates.set(prefix + "startedAt", date(at)));
    }

    public List<Bson> stepDone() {
        return List.of(Updates.inc(prefix + "stepsDone", 1));
    }

    public List<Bson> failedAt(String step, String reason) {
        return List.of(Updates.set(prefix + "failure", new Document("step", step).append("reason", reason)));
    }

    /** An update's pre-update backup is asked for: the update runs, and has one step more. */
    public List<Bson> backingUp(String backupId, Instant at) {
        List<Bson> changes = new ArrayList<>(running(at));
        changes.add(Updates.set(prefix + "details.preUpdateBackupId", backupId));
        changes.add(Updates.inc(prefix + "stepsTotal", 1));
        return changes;
    }

    List<Bson> restoredFrom(String backupId) {
        return List.of(Updates.set(prefix + "details.restoredFromBackupId", backupId));
    }

    List<Bson> rollbackFailed(String reason) {
        return List.of(Updates.set(prefix + "details.rollbackFailure", reason));
    }

    List<Bson> finished(OperationState state, Instant at) {
        return List.of(Updates.set(prefix + "state", state.name()), Updates.set(prefix + "finishedAt", date(at)));
    }

    /** {@code eta}: while it runs, when it should end as of {@code now}. */
    public static OperationView toView(Document operation, Instant now) {
        Document failure = operation.get("failure", Document.class);
        Document details = operation.get("details", Document.class);
        OperationState state = enumValue(operation, "state", OperationState.class);
        Instant eta = state == OperationState.RUNNING ? Eta.of(instant(operation, "startedAt"),
                intValue(operation, "stepsDone"), intValue(operation, "stepsTotal"), now) : null;
        return new OperationView(
                operation.getString("operationId"),
                operation.getString("siteId"),
                enumValue(operation, "kind", OperationKind.class),
                state,
                operation.getString("requestedBy"),
                instant(operation, "requestedAt"),
                instant(operation, "startedAt"),
                instant(operation, "finishedAt"),
                intValue(operation, "stepsTotal"),
                intValue(operation, "stepsDone"),
                failure == null ? null : new OperationFailure(failure.getString("step"), failure.getString("reason")),
                details == null ? new LinkedHashMap<>() : new LinkedHashMap<>(details),
                eta);
    }
}
