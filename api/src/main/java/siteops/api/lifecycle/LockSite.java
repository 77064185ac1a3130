package siteops.api.lifecycle;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Locks a Ready site: nobody connects. {@code expectedRevision}: the caller's {@code If-Match}, or null. */
public record LockSite(@TargetAggregateIdentifier String siteId, String reason, Long expectedRevision) {
}
