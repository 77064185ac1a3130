package siteops.api.backup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the backup process when it hands the backup to the agent; ignored unless that backup is queued. */
public record StartBackup(@TargetAggregateIdentifier String siteId, String backupId) {
}
