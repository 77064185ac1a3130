package siteops.api.restore;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The restore of {@code operationId} (a restore, or an update's rollback) failed: the agent said
 * so, or never reported. Ignored unless that operation is waiting for it.
 */
public record RecordRestoreFailed(@TargetAggregateIdentifier String siteId, String operationId, String reason) {
}
