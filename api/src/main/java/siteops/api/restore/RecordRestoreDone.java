package siteops.api.restore;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The agent restored the site from a backup, for the operation {@code operationId}: a restore,
 * or the rollback of an update. Ignored unless that operation is waiting for it.
 */
public record RecordRestoreDone(@TargetAggregateIdentifier String siteId, String operationId) {
}
