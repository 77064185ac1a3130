package siteops.api.operation;

/** Where an operation stands: requested and not started, running, or ended one way or the other. */
public enum OperationState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED
}
