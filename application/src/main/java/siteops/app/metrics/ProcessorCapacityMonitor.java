package siteops.app.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code eventProcessor.capacity{processorName, payloadType}}, as Axon's {@code CapacityMonitor}
 * gives it with its default tags (the share of the last ten minutes a processor spent handling
 * messages of a type), in constant memory. Axon's keeps every message's duration for ten minutes,
 * in a sorted map of boxed numbers, and removes the old ones only when new messages come or the
 * gauge is read: after a burst of registrations at 100,000 sites, with nothing scraping the
 * metrics, its maps held 200 MiB of heap until the next event.
 */
final class ProcessorCapacityMonitor implements MessageMonitor<Message<?>> {

    static final String DESCRIPTION = "Share of the last ten minutes the processor spent handling messages of "
            + "this type (1 = one thread busy all along), summed per ten seconds";

    private final String processorName;
    private final MeterRegistry registry;
    private final Map<String, BusyTime> byPayloadType = new ConcurrentHashMap<>();

    ProcessorCapacityMonitor(String processorName, MeterRegistry registry) {
        this.processorName = processorName;
        this.registry = registry;
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        BusyTime busyTime = byPayloadType.computeIfAbsent(message.getPayloadType().getSimpleName(), this::registered);
        long start = busyTime.now();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                busyTime.addEndingNow(start);
            }

            @Override
            public void reportFailure(Throwable cause) {
                busyTime.addEndingNow(start);
            }

            @Override
            public void reportIgnored() {
                busyTime.addEndingNow(start);
            }
        };
    }

    private BusyTime registered(String payloadType) {
        BusyTime busyTime = new BusyTime(registry.config().clock()::monotonicTime);
        Gauge.builder(EventProcessorMonitors.METER_PREFIX + ".capacity", busyTime, BusyTime::shareOfTheWindow)
                .description(DESCRIPTION)
                .tags(EventProcessorMonitors.tags(processorName, payloadType))
                .strongReference(true)
                .register(registry);
        return busyTime;
    }
}
