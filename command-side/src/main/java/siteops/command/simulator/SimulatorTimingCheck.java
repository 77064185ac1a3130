package siteops.command.simulator;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import siteops.command.update.UpdateProcessSettings;

/**
 * Refuses to start when the simulated agent would always be too slow for the update process:
 * every conversion would time out and every update roll back.
 */
@Component
@ConditionalOnProperty(name = "siteops.simulator.enabled", havingValue = "true", matchIfMissing = true)
public class SimulatorTimingCheck {

    public SimulatorTimingCheck(SimulatorSettings simulator, UpdateProcessSettings updates) {
        if (simulator.conversionTime().compareTo(updates.conversionTimeout()) >= 0) {
            throw new IllegalStateException("siteops.simulator.conversion-time (" + simulator.conversionTime()
                    + ") must be shorter than siteops.update.conversion-timeout (" + updates.conversionTimeout()
                    + "), or every conversion times out");
        }
    }
}
