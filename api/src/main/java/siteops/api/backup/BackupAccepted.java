package siteops.api.backup;

import java.time.Instant;

/**
 * What a backup request answers: the backup as recorded, when it was asked for (the time its
 * event is stored with, to the millisecond), and the site's revision after it.
 */
public record BackupAccepted(BackupRequested backup, Instant requestedAt, long revision) {
}
