package siteops.api.site;

/** The buttons of the portal's operations panel: what {@code allowedOperations} lists. */
public enum SiteOperation {
    UPDATE,
    MIGRATE_PRODUCT,
    MODIFY,
    LOCK,
    UNLOCK,
    SUSPEND,
    RESUME,
    REPAIR,
    BACK_UP,
    RESTORE_BACKUP,
    MANAGE_BACKUPS
}
