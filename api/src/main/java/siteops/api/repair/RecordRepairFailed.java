package siteops.api.repair;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The repair failed (the agent said so, or never reported); ignored unless that repair is running. */
public record RecordRepairFailed(@TargetAggregateIdentifier String siteId, String operationId, String reason) {
}
