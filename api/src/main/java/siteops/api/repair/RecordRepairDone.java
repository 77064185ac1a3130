package siteops.api.repair;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The agent redeployed the site's applications; ignored unless that repair is running. */
public record RecordRepairDone(@TargetAggregateIdentifier String siteId, String operationId) {
}
