package siteops.command.restore;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long the agent has to report on a restore before it counts as failed
 * ({@code siteops.restore.timeout}): set it above the longest restore expected.
 */
@ConfigurationProperties("siteops.restore")
public record RestoreProcessSettings(@DefaultValue("PT30M") Duration timeout) {
}
