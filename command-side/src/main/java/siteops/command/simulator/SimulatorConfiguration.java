package siteops.command.simulator;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import siteops.command.update.ConversionAgent;
import siteops.command.update.ConversionReports;

/** The simulated agent when {@code siteops.simulator.enabled} (the default); otherwise no agent at all. */
@Configuration
public class SimulatorConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SimulatorConfiguration.class);

    @Bean
    @ConditionalOnProperty(name = "siteops.simulator.enabled", havingValue = "true", matchIfMissing = true)
    SimulatedFaults simulatedFaults() {
        return new SimulatedFaults();
    }

    /** A bean, so that db-scheduler knows the task; collaborators are looked up when it runs, not when it is built. */
    @Bean
    @ConditionalOnProperty(name = "siteops.simulator.enabled", havingValue = "true", matchIfMissing = true)
    OneTimeTask<String> simulatedConversionTask(ObjectProvider<ConversionReports> reports) {
        return SimulatedConversionAgent.task(reports::getObject);
    }

    @Bean
    @ConditionalOnProperty(name = "siteops.simulator.enabled", havingValue = "true", matchIfMissing = true)
    SimulatedConversionAgent simulatedConversionAgent(ObjectProvider<SchedulerClient> scheduler,
                                                      OneTimeTask<String> simulatedConversionTask,
                                                      SimulatorSettings settings, SimulatedFaults faults,
                                                      ObjectProvider<ConversionReports> reports) {
        return new SimulatedConversionAgent(scheduler::getObject, simulatedConversionTask, settings, faults,
                reports::getObject);
    }

    /**
     * Without the simulator no agent is connected yet: conversion requests are not picked up and
     * every update rolls back when its first conversion times out. Said loudly at start.
     */
    @Bean
    @ConditionalOnProperty(name = "siteops.simulator.enabled", havingValue = "false")
    ConversionAgent noConversionAgent() {
        log.warn("siteops.simulator.enabled=false and no conversion agent is connected: "
                + "updates will roll back when their first conversion times out");
        return request -> log.warn("No conversion agent for {} on site {}", request.company(), request.siteId());
    }
}
