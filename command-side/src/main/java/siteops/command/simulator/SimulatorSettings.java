package siteops.command.simulator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import siteops.api.operation.JobKind;

import java.time.Duration;

/**
 * The simulated agent of the embedded default: how long each kind of job takes
 * ({@code siteops.simulator.conversion-time} for one company, {@code backup-time},
 * {@code restore-time}, {@code repair-time}). Whether it runs at all is
 * {@code siteops.simulator.enabled} (true by default), read by the conditions of its beans.
 */
@ConfigurationProperties("siteops.simulator")
public record SimulatorSettings(
        @DefaultValue("PT2S") Duration conversionTime,
        @DefaultValue("PT2S") Duration backupTime,
        @DefaultValue("PT2S") Duration restoreTime,
        @DefaultValue("PT2S") Duration repairTime) {

    public Duration timeOf(JobKind kind) {
        return switch (kind) {
            case CONVERT_COMPANY -> conversionTime;
            case BACK_UP -> backupTime;
            case RESTORE -> restoreTime;
            case REPAIR -> repairTime;
        };
    }
}
