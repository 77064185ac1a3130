package siteops.api.lifecycle;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Suspends a Ready or Locked site (its databases are kept, nobody connects). {@code expectedRevision}:
 * the caller's {@code If-Match}, or null.
 */
public record SuspendSite(@TargetAggregateIdentifier String siteId, String reason, Long expectedRevision) {
}
