package siteops.command.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long the agent has to report on a backup before it counts as failed
 * ({@code siteops.backup.timeout}): set it above the longest backup expected.
 */
@ConfigurationProperties("siteops.backup")
public record BackupProcessSettings(@DefaultValue("PT30M") Duration timeout) {
}
