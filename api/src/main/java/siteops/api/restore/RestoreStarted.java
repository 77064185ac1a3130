package siteops.api.restore;

import org.axonframework.serialization.Revision;

/**
 * The agent is restoring the site's databases from the backup; the site keeps the status its
 * request gave it. {@code updateId}: the update this restore rolls back, null for a user's restore.
 */
@Revision("1")
public record RestoreStarted(String siteId, String operationId, String backupId, String updateId) {
}
