package siteops.app.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import siteops.query.store.EventStoreHead;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code siteops_processor_segment_behind{processor, segment}}: for each segment that this process
 * works, how many events stored it has not taken yet (Axon's own gauges are per processor). The
 * segments a process works change as processes come and go: the rows are read again every five
 * seconds, and a segment no longer worked here disappears.
 */
@Component
public class ProcessorSegmentMetrics {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final MultiGauge behind;

    public ProcessorSegmentMetrics(EventProcessingConfiguration processing, EventStore eventStore,
                                   MeterRegistry registry) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.behind = MultiGauge.builder("siteops.processor.segment.behind")
                .description("Events stored that a segment worked by this process has not taken yet")
                .register(registry);
    }

    @Scheduled(fixedDelay = 5_000)
    void readSegments() {
        long head = EventStoreHead.of(eventStore).orElse(0);
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                streaming.processingStatus().forEach((segment, status) -> rows.add(MultiGauge.Row.of(
                        Tags.of("processor", name, "segment", String.valueOf(segment)),
                        Math.max(0, head - status.getCurrentPosition().orElse(0)))));
            }
        });
        behind.register(rows, true);
    }
}
