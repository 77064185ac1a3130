package siteops.api.operation;

/** What an operation of a site did, as {@code GET /api/sites/{id}/operations} lists them. */
public enum OperationKind {
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
    DELETE_BACKUP
}
