package siteops.api.repair;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks for a site's applications to be redeployed. {@code expectedRevision}: the caller's {@code If-Match}, or null. */
public record RepairSite(@TargetAggregateIdentifier String siteId, String operationId, Long expectedRevision) {
}
