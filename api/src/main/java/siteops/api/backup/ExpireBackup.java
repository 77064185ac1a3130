package siteops.api.backup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent when a backup's retention has run out; ignored unless the backup is still kept. */
public record ExpireBackup(@TargetAggregateIdentifier String siteId, String backupId) {
}
