package siteops.api.repair;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the repair process when it hands the repair to the agent; ignored unless that repair is queued. */
public record StartRepair(@TargetAggregateIdentifier String siteId, String operationId) {
}
