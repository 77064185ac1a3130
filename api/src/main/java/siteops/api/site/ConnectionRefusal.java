package siteops.api.site;

/** Why the hosting front door turns a site's users away, as {@code GET /api/sites/{id}/access} says it. */
public enum ConnectionRefusal {
    LOCKED,
    SUSPENDED,
    UPDATING,
    RESTORING,
    REPAIRING,
    FAULT
}
