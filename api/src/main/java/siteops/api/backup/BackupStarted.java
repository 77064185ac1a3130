package siteops.api.backup;

import org.axonframework.serialization.Revision;

/**
 * The agent is taking the backup; the site keeps the status its request gave it. {@code updateId}:
 * the update the backup is taken before, null for a manual backup.
 */
@Revision("2")
public record BackupStarted(String siteId, String backupId, String updateId) {
}
