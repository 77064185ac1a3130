package siteops.api.restore;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks for a site to be restored from one of its backups. {@code expectedRevision}: the caller's
 * {@code If-Match}, or null.
 */
public record RestoreBackup(@TargetAggregateIdentifier String siteId, String operationId, String backupId,
                            Long expectedRevision) {
}
