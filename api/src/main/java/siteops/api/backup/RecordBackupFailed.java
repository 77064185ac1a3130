package siteops.api.backup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The backup failed (the agent said so, or never reported); ignored unless that backup is being taken. */
public record RecordBackupFailed(@TargetAggregateIdentifier String siteId, String backupId, String reason) {
}
