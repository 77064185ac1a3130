package siteops.command.simulator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The simulated conversion agent of the embedded default: the time it takes to convert one
 * company ({@code siteops.simulator.conversion-time}). Whether it runs at all is
 * {@code siteops.simulator.enabled} (true by default), read by the conditions of its beans.
 */
@ConfigurationProperties("siteops.simulator")
public record SimulatorSettings(@DefaultValue("PT2S") Duration conversionTime) {
}
