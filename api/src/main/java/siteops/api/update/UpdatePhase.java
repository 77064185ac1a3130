package siteops.api.update;

public enum UpdatePhase {
    PENDING,
    CONVERTING,
    ROLLING_BACK,
    COMPLETED,
    ROLLED_BACK
}
