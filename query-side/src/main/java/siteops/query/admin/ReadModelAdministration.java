package siteops.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.query.store.ProcessingGroups;
import siteops.query.store.ReadModelCatchUp;

import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/** Reports on the read models' processors and rebuilds a read model from the whole event stream. */
@Component
public class ReadModelAdministration {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ReadModelCatchUp catchUp;

    public ReadModelAdministration(EventProcessingConfiguration processing, EventStore eventStore,
                                   ReadModelCatchUp catchUp) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.catchUp = catchUp;
    }

    public List<ReadModelStatus> statuses() {
        Long head = positionOf(eventStore.createHeadToken());
        return ProcessingGroups.READ_MODELS.stream().map(name -> statusOf(name, head)).toList();
    }

    /**
     * Empties the read model and replays every event into it. Reads answer 503 until it has
     * caught up again. Only one instance of the processor may run, as on the embedded default.
     */
    public void rebuild(String name) {
        StreamingEventProcessor processor = processorNamed(name);
        catchUp.rebuildStarting(name);
        try {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        } finally {
            catchUp.rebuildRestarted(name);
        }
    }

    private ReadModelStatus statusOf(String name, Long head) {
        Collection<EventTrackerStatus> segments = processorNamed(name).processingStatus().values();
        Long position = segments.isEmpty() ? null : segments.stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(0L))
                .min().orElse(0L);
        boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
        boolean replaying = segments.stream().anyMatch(EventTrackerStatus::isReplaying);
        Long behind = position == null || head == null ? null : Math.max(0, head - position);
        return new ReadModelStatus(name, position, head, behind, caughtUp, replaying);
    }

    private StreamingEventProcessor processorNamed(String name) {
        if (!ProcessingGroups.READ_MODELS.contains(name)) {
            throw new RefusedException(RefusalCode.READ_MODEL_NOT_FOUND,
                    "no read model " + name + "; there are " + ProcessingGroups.READ_MODELS);
        }
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor for read model " + name));
    }

    private static Long positionOf(TrackingToken token) {
        if (token == null) {
            return null;
        }
        OptionalLong position = token.position();
        return position.isPresent() ? position.getAsLong() : null;
    }
}
