package siteops.app.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProcessorCapacityMonitorTest {

    private final MockClock clock = new MockClock();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    private final ProcessorCapacityMonitor monitor = new ProcessorCapacityMonitor("sites", registry);

    @Test
    void aProcessorsCapacityIsTheShareOfTheLastTenMinutesSpentOnEachTypeOfMessage() {
        handle("a string", Duration.ofSeconds(120), Outcome.SUCCESS);
        handle(42, Duration.ofSeconds(30), Outcome.IGNORED);
        handle("another", Duration.ofSeconds(30), Outcome.FAILURE);

        assertThat(capacity("String")).isCloseTo(0.25, within(1e-9));
        assertThat(capacity("Integer")).isCloseTo(0.05, within(1e-9));
        assertThat(registry.find("eventProcessor.capacity").gauges()).hasSize(2)
                .allSatisfy(gauge -> assertThat(gauge.getId().getDescription())
                        .isEqualTo(ProcessorCapacityMonitor.DESCRIPTION));
    }

    @Test
    void tenMinutesWithoutMessagesBringItBackToNothing() {
        handle("a string", Duration.ofSeconds(30), Outcome.SUCCESS);

        clock.add(Duration.ofSeconds(610));

        assertThat(capacity("String")).isZero();
    }

    private double capacity(String payloadType) {
        Gauge gauge = registry.get("eventProcessor.capacity")
                .tags("processorName", "sites", "payloadType", payloadType).gauge();
        return gauge.value();
    }

    private void handle(Object payload, Duration duration, Outcome outcome) {
        MessageMonitor.MonitorCallback callback = monitor.onMessageIngested(GenericEventMessage.asEventMessage(payload));
        clock.add(duration.toNanos(), TimeUnit.NANOSECONDS);
        switch (outcome) {
            case SUCCESS -> callback.reportSuccess();
            case IGNORED -> callback.reportIgnored();
            case FAILURE -> callback.reportFailure(new IllegalStateException("refused"));
        }
    }

    private enum Outcome { SUCCESS, IGNORED, FAILURE }
}
