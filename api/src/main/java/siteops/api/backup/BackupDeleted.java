package siteops.api.backup;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The backup is gone: a user deleted it ({@code MANUAL}) or retention did ({@code RETENTION}),
 * which also says when it had expired ({@code expiresAt}; null for a deletion by a user). The
 * site's status does not change.
 */
@Revision("1")
public record BackupDeleted(String siteId, String backupId, BackupDeletion reason, Instant expiresAt) {
}
