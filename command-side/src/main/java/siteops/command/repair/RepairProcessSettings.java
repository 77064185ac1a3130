package siteops.command.repair;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long the agent has to report on a repair before it counts as failed
 * ({@code siteops.repair.timeout}): set it above the longest redeployment expected.
 */
@ConfigurationProperties("siteops.repair")
public record RepairProcessSettings(@DefaultValue("PT10M") Duration timeout) {
}
