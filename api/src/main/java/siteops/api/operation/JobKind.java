package siteops.api.operation;

/** The kinds of work a provisioning agent does for siteops, one job at a time. */
public enum JobKind {
    /** Convert one company database to the update's target version. */
    CONVERT_COMPANY,
    /** Take a backup of the site's databases. */
    BACK_UP,
    /** Restore the site's databases from a backup. */
    RESTORE,
    /** Redeploy the site's applications. */
    REPAIR
}
