package siteops.command.simulator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    @Bean
    @ConditionalOnProperty(name = "siteops.simulator.enabled", havingValue = "true", matchIfMissing = true)
    SimulatedConversionAgent simulatedConversionAgent(SimulatorSettings settings, SimulatedFaults faults,
                                                      ConversionReports reports) {
        return new SimulatedConversionAgent(settings, faults, reports);
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
