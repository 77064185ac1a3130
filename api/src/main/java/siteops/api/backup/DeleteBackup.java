package siteops.api.backup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks for one of a site's backups to be deleted. {@code expectedRevision}: the caller's {@code If-Match}, or null. */
public record DeleteBackup(@TargetAggregateIdentifier String siteId, String backupId, Long expectedRevision) {
}
