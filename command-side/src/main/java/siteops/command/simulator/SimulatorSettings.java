package siteops.command.simulator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The simulated conversion agent of the embedded default: {@code siteops.simulator.enabled} and
 * the time it takes to convert one company ({@code siteops.simulator.conversion-time}).
 */
@ConfigurationProperties("siteops.simulator")
public record SimulatorSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("PT2S") Duration conversionTime) {
}
