package siteops.api.lifecycle;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Resumes a Suspended site: Ready again. {@code expectedRevision}: the caller's {@code If-Match}, or null. */
public record ResumeSite(@TargetAggregateIdentifier String siteId, Long expectedRevision) {
}
