package siteops.command.simulator;

import org.junit.jupiter.api.Test;
import siteops.command.update.UpdateProcessSettings;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorTimingCheckTest {

    @Test
    void aSimulatorSlowerThanTheTimeoutIsRefused() {
        assertThatThrownBy(() -> new SimulatorTimingCheck(new SimulatorSettings(Duration.ofMinutes(2)),
                new UpdateProcessSettings(Duration.ofMinutes(1))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("siteops.update.conversion-timeout");
    }

    @Test
    void aSimulatorFasterThanTheTimeoutIsFine() {
        assertThatCode(() -> new SimulatorTimingCheck(new SimulatorSettings(Duration.ofSeconds(2)),
                new UpdateProcessSettings(Duration.ofMinutes(1)))).doesNotThrowAnyException();
    }
}
