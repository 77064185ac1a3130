package siteops.command.site;

import siteops.api.operation.OperationKind;
import siteops.api.operation.OperationState;
import siteops.api.site.SiteStatus;

/**
 * Where the long-running operation a site is under stands (an update has its own
 * {@link CurrentUpdate}): its process only relays jobs and deadlines, and the site decides, from
 * this, which report still applies.
 */
record RunningOperation(String operationId, OperationKind kind, OperationState state, SiteStatus returnTo,
                        String backupId) {

    /**
     * {@code returnTo}: the status the site goes back to when the operation succeeds;
     * {@code backupId}: the backup the operation takes or restores, null for a repair.
     */
    static RunningOperation queued(String operationId, OperationKind kind, SiteStatus returnTo, String backupId) {
        return new RunningOperation(operationId, kind, OperationState.QUEUED, returnTo, backupId);
    }

    RunningOperation running() {
        return new RunningOperation(operationId, kind, OperationState.RUNNING, returnTo, backupId);
    }

    boolean uses(String backup) {
        return backup.equals(backupId);
    }

    boolean is(String operationId, OperationKind kind, OperationState state) {
        return this.operationId.equals(operationId) && this.kind == kind && this.state == state;
    }
}
