package siteops.command.restore;

import java.time.Duration;

/** The deadline set when a restore is handed to the agent: it had {@code limit} to report. */
public record RestoreTimeout(Duration limit) {
}
