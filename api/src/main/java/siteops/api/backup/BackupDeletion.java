package siteops.api.backup;

/** Why a backup was deleted: a user asked, or retention let it go. */
public enum BackupDeletion {
    MANUAL,
    RETENTION
}
