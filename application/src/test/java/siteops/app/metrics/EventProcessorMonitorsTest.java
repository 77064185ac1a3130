package siteops.app.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Dashboards keep working: the processors' meters are those Axon's dimensional metrics gave them. */
class EventProcessorMonitorsTest {

    @Test
    void aProcessorHasAxonsMetersUnderTheSameNamesTypesAndTags() {
        MeterRegistry ours = new SimpleMeterRegistry();
        MeterRegistry axons = new SimpleMeterRegistry();

        handleOneEvent(EventProcessorMonitors.monitors("sites", ours));
        handleOneEvent(new GlobalMetricRegistry(axons).registerComponentWithDefaultTags(TrackingEventProcessor.class,
                "sites"));

        assertThat(meters(ours)).isNotEmpty().isEqualTo(meters(axons));
    }

    @SuppressWarnings("unchecked")
    private static void handleOneEvent(MessageMonitor<? extends Message<?>> monitor) {
        ((MessageMonitor<Message<?>>) monitor).onMessageIngested(GenericEventMessage.asEventMessage("an event"))
                .reportSuccess();
    }

    private static Set<String> meters(MeterRegistry registry) {
        return registry.getMeters().stream().map(Meter::getId)
                .map(id -> id.getType() + " " + id.getName() + " " + id.getTags())
                .collect(Collectors.toSet());
    }
}
