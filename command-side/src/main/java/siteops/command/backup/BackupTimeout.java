package siteops.command.backup;

import java.time.Duration;

/** The deadline set when a backup is handed to the agent: it had {@code limit} to report. */
public record BackupTimeout(Duration limit) {
}
