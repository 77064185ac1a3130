package siteops.api.backup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The agent took the backup; ignored unless that backup is being taken. */
public record RecordBackupDone(@TargetAggregateIdentifier String siteId, String backupId) {
}
