package siteops.command.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import siteops.command.backup.BackupProcessSettings;
import siteops.command.repair.RepairProcessSettings;
import siteops.command.restore.RestoreProcessSettings;
import siteops.command.update.UpdateProcessSettings;

import java.time.Duration;

/**
 * Refuses to start when the simulated agent would always be too slow for a process: every job of
 * that kind would time out (every conversion, and so every update, every repair or every backup).
 */
@Component
@ConditionalOnProperty(name = "siteops.simulator.enabled", havingValue = "true", matchIfMissing = true)
public class SimulatorTimingCheck {

    public SimulatorTimingCheck(SimulatorSettings simulator, UpdateProcessSettings updates,
                                RepairProcessSettings repairs, BackupProcessSettings backups,
                                RestoreProcessSettings restores) {
        requireShorter("siteops.simulator.conversion-time", simulator.conversionTime(),
                "siteops.update.conversion-timeout", updates.conversionTimeout());
        requireShorter("siteops.simulator.repair-time", simulator.repairTime(), "siteops.repair.timeout",
                repairs.timeout());
        requireShorter("siteops.simulator.backup-time", simulator.backupTime(), "siteops.backup.timeout",
                backups.timeout());
        requireShorter("siteops.simulator.restore-time", simulator.restoreTime(), "siteops.restore.timeout",
                restores.timeout());
    }

    private static void requireShorter(String jobTime, Duration time, String timeoutName, Duration timeout) {
        if (time.compareTo(timeout) >= 0) {
            throw new IllegalStateException(jobTime + " (" + time + ") must be shorter than " + timeoutName + " ("
                    + timeout + "), or every such job times out");
        }
    }
}
