package siteops.api.update;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the update process after a failure: restore every converted company, keep the version. */
public record RollBackUpdate(@TargetAggregateIdentifier String siteId, String updateId) {
}
