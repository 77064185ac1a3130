package siteops.command.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siteops.command.update.ConversionAgent;
import siteops.command.update.ConversionReports;
import siteops.command.update.ConversionRequest;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Converts company databases in memory: each conversion takes the configured time, then reports
 * success, or the failure injected for that company. Work in progress is lost if the process
 * dies, like a real agent that crashed: the update process's timeout then rolls the update back.
 */
public class SimulatedConversionAgent implements ConversionAgent, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SimulatedConversionAgent.class);

    private final Duration conversionTime;
    private final SimulatedFaults faults;
    private final ConversionReports reports;
    private final ScheduledExecutorService workers;

    public SimulatedConversionAgent(SimulatorSettings settings, SimulatedFaults faults, ConversionReports reports) {
        this.conversionTime = settings.conversionTime();
        this.faults = faults;
        this.reports = reports;
        this.workers = Executors.newScheduledThreadPool(settings.workers(), runnable -> {
            Thread thread = new Thread(runnable, "simulated-conversion-agent");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void convert(ConversionRequest request) {
        workers.schedule(() -> report(request), conversionTime.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void report(ConversionRequest request) {
        try {
            faults.take(request.siteId(), request.company()).ifPresentOrElse(
                    reason -> reports.failed(request, reason),
                    () -> reports.converted(request));
        } catch (RuntimeException e) {
            log.warn("Could not report the conversion of {} on site {}; the update's timeout will settle it",
                    request.company(), request.siteId(), e);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
