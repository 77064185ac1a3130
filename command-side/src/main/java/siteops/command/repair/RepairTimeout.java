package siteops.command.repair;

import java.time.Duration;

/** The deadline set when a repair is handed to the agent: it had {@code limit} to report. */
public record RepairTimeout(Duration limit) {
}
