package siteops.api.lifecycle;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Unlocks a Locked site: Ready again. {@code expectedRevision}: the caller's {@code If-Match}, or null. */
public record UnlockSite(@TargetAggregateIdentifier String siteId, Long expectedRevision) {
}
