package siteops.api.backup;

/** Where a backup stands: being taken, usable, failed, or deleted (by a user or by retention). */
public enum BackupState {
    PENDING,
    COMPLETED,
    FAILED,
    DELETED
}
