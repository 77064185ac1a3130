package siteops.command.simulator;

import org.junit.jupiter.api.Test;
import siteops.command.backup.BackupProcessSettings;
import siteops.command.repair.RepairProcessSettings;
import siteops.command.restore.RestoreProcessSettings;
import siteops.command.update.UpdateProcessSettings;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorTimingCheckTest {

    @Test
    void aSimulatorSlowerThanTheTimeoutIsRefused() {
        assertThatThrownBy(() -> new SimulatorTimingCheck(simulator(Duration.ofMinutes(2), Duration.ofSeconds(2)),
                new UpdateProcessSettings(Duration.ofMinutes(1)), new RepairProcessSettings(Duration.ofMinutes(1)),
                new BackupProcessSettings(Duration.ofMinutes(1)), new RestoreProcessSettings(Duration.ofMinutes(1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("siteops.update.conversion-timeout");
        assertThatThrownBy(() -> new SimulatorTimingCheck(simulator(Duration.ofSeconds(2), Duration.ofMinutes(2)),
                new UpdateProcessSettings(Duration.ofMinutes(1)), new RepairProcessSettings(Duration.ofMinutes(1)),
                new BackupProcessSettings(Duration.ofMinutes(1)), new RestoreProcessSettings(Duration.ofMinutes(1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("siteops.repair.timeout");
    }

    @Test
    void aSimulatorFasterThanTheTimeoutIsFine() {
        assertThatCode(() -> new SimulatorTimingCheck(simulator(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                new UpdateProcessSettings(Duration.ofMinutes(1)), new RepairProcessSettings(Duration.ofMinutes(1)),
                new BackupProcessSettings(Duration.ofMinutes(1)), new RestoreProcessSettings(Duration.ofMinutes(1))))
                .doesNotThrowAnyException();
    }

    private static SimulatorSettings simulator(Duration conversionTime, Duration repairTime) {
        return new SimulatorSettings(conversionTime, Duration.ofSeconds(2), Duration.ofSeconds(2), repairTime);
    }
}
