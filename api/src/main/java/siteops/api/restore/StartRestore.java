package siteops.api.restore;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the restore process when it hands the restore to the agent; ignored unless that restore is queued. */
public record StartRestore(@TargetAggregateIdentifier String siteId, String operationId) {
}
