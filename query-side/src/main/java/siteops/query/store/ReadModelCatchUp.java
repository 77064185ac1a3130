package siteops.query.store;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * Whether every read model has caught up with the event store since the start. Until then (the
 * read models are rebuilt at every start on the embedded default) they would answer with a past
 * state, or not know a site at all; once caught up, they stay so.
 */
@Component
public class ReadModelCatchUp {

    private final EventProcessingConfiguration processing;
    private volatile boolean caughtUp;

    public ReadModelCatchUp(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public boolean isCaughtUp() {
        if (!caughtUp) {
            caughtUp = ProcessingGroups.READ_MODELS.stream().allMatch(this::hasCaughtUp);
        }
        return caughtUp;
    }

    /** A read model is being rebuilt: reads wait again until it has caught up. */
    public void rebuildStarted() {
        caughtUp = false;
    }

    private boolean hasCaughtUp(String processingGroup) {
        return processing.eventProcessor(processingGroup, StreamingEventProcessor.class)
                .map(processor -> !processor.processingStatus().isEmpty()
                        && processor.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp))
                .orElse(false);
    }
}
