package siteops.command.backup;

/** The deadline set for a backup's retention: the backup it is for. */
public record BackupExpiry(String backupId) {
}
