package siteops.app.web;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each event processor of this process: whether it runs, whether it is failing (it then retries
 * the event it failed on), and the segments it works here, with their position. A processor in
 * error makes the process {@code DOWN}; one that works no segment here is normal where several
 * processes share the work.
 */
@Component("processors")
public class EventProcessorsHealth implements HealthIndicator {

    private final EventProcessingConfiguration processing;

    public EventProcessorsHealth(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    public Health health() {
        Map<String, Object> processors = new TreeMap<>();
        boolean failing = false;
        for (Map.Entry<String, EventProcessor> named : processing.eventProcessors().entrySet()) {
            EventProcessor processor = named.getValue();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("running", processor.isRunning());
            details.put("error", processor.isError());
            failing |= processor.isError();
            if (processor instanceof StreamingEventProcessor streaming) {
                Map<String, Object> segments = new TreeMap<>();
                streaming.processingStatus().forEach((segment, status) -> segments.put(String.valueOf(segment),
                        segmentDetails(status)));
                details.put("segmentsHere", segments);
            }
            processors.put(named.getKey(), details);
        }
        return (failing ? Health.down() : Health.up()).withDetails(processors).build();
    }

    private static Map<String, Object> segmentDetails(EventTrackerStatus status) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("position", status.getCurrentPosition().isPresent() ? status.getCurrentPosition().getAsLong() : null);
        details.put("caughtUp", status.isCaughtUp());
        details.put("replaying", status.isReplaying());
        details.put("error", status.isErrorState());
        return details;
    }
}
