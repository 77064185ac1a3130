package siteops.api.query;

import siteops.api.operation.OperationKind;
import siteops.api.operation.OperationState;

import java.time.Instant;
import java.util.Map;

/**
 * One operation of a site, as a record: who asked, when it started and ended, its steps, why it
 * failed, and what is particular to its kind ({@code details}: for an update {@code fromVersion},
 * {@code targetVersion}, ...). An operation done at once (a lock, a modification) starts and ends
 * when it is requested.
 */
public record OperationView(
        String operationId,
        String siteId,
        OperationKind kind,
        OperationState state,
        String requestedBy,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt,
        int stepsTotal,
        int stepsDone,
        OperationFailure failure,
        Map<String, Object> details,
        Instant eta) {
}
