package siteops.api.update;

/**
 * Where an update stands: requested; its pre-update backup being taken; its companies being
 * converted; being rolled back (its backup restored); and its three ends: completed, rolled
 * back, or its rollback failed (the site is left in Fault).
 */
public enum UpdatePhase {
    PENDING,
    BACKING_UP,
    CONVERTING,
    ROLLING_BACK,
    COMPLETED,
    ROLLED_BACK,
    ROLLBACK_FAILED
}
