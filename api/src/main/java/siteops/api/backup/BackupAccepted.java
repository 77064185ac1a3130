package siteops.api.backup;

/** What a backup request answers: the backup as recorded, and the site's revision after it. */
public record BackupAccepted(BackupRequested backup, long revision) {
}
