package siteops.api.backup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks for a manual backup of a site; {@code label} is optional. {@code expectedRevision}: the
 * caller's {@code If-Match}, or null.
 */
public record BackUpSite(@TargetAggregateIdentifier String siteId, String backupId, String label,
                         Long expectedRevision) {
}
