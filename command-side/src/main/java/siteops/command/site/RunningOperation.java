package siteops.command.site;

import siteops.api.operation.OperationKind;
import siteops.api.operation.OperationState;
import siteops.api.site.SiteStatus;

/**
 * Where the long-running operation a site is under stands (an update has its own
 * {@link CurrentUpdate}): its process only relays jobs and deadlines, and the site decides, from
 * this, which report still applies.
 */
record RunningOperation(String operationId, OperationKind kind, OperationState state, SiteStatus returnTo) {

    /** {@code returnTo}: the status the site goes back to when the operation succeeds. */
    static RunningOperation queued(String operationId, OperationKind kind, SiteStatus returnTo) {
        return new RunningOperation(operationId, kind, OperationState.QUEUED, returnTo);
    }

    RunningOperation running() {
        return new RunningOperation(operationId, kind, OperationState.RUNNING, returnTo);
    }

    boolean is(String operationId, OperationKind kind, OperationState state) {
        return this.operationId.equals(operationId) && this.kind == kind && this.state == state;
    }
}
