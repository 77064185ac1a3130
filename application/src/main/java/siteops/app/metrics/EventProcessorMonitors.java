package siteops.app.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.function.Function;

/**
 * The event processors' meters: those Axon's dimensional metrics give them (timer, counters,
 * latency and capacity, under the same names and tags), the capacity measured in constant memory
 * ({@link ProcessorCapacityMonitor}). A monitor configured for a type of component takes the
 * place of Axon's, which stays for the buses and the event store. Only with Axon's dimensional
 * meters, which these are (the application's setting): without, Axon's own stay.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.metrics.micrometer.dimensional", havingValue = "true")
public class EventProcessorMonitors {

    static final String METER_PREFIX = "eventProcessor";
    private static final String PROCESSOR_NAME = "processorName";

    @Bean
    ConfigurerModule eventProcessorMonitorsModule(MeterRegistry registry) {
        return configurer -> configurer.configureMessageMonitor(EventProcessor.class,
                (configuration, componentType, processorName) -> monitors(processorName, registry));
    }

    /** Unchecked, as in Axon's own registry: an event processor's monitor is given events only. */
    @SuppressWarnings("unchecked")
    static MessageMonitor<Message<?>> monitors(String processorName, MeterRegistry registry) {
        Function<Message<?>, Iterable<Tag>> byPayloadType =
                message -> tags(processorName, message.getPayloadType().getSimpleName());
        MessageMonitor<? extends Message<?>> monitors = new MultiMessageMonitor<EventMessage<?>>(List.of(
                MessageTimerMonitor.buildMonitor(METER_PREFIX, registry, byPayloadType),
                EventProcessorLatencyMonitor.builder().meterNamePrefix(METER_PREFIX).meterRegistry(registry)
                        .tagsBuilder(message -> Tags.of(PROCESSOR_NAME, processorName)).build(),
                new ProcessorCapacityMonitor(processorName, registry),
                MessageCountingMonitor.buildMonitor(METER_PREFIX, registry, byPayloadType)));
        return (MessageMonitor<Message<?>>) monitors;
    }

    static Tags tags(String processorName, String payloadType) {
        return Tags.of("payloadType", payloadType, PROCESSOR_NAME, processorName);
    }
}
