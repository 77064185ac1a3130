package siteops.query.store;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether every read model has caught up with the event store since the start, and those held in
 * the heap are loaded. Until then they would answer with a past state, or not know a site at all;
 * once caught up, they stay so.
 */
@Component
public class ReadModelCatchUp {

    private final EventProcessingConfiguration processing;
    private final List<InMemoryReadModel> inMemoryReadModels;
    private final Set<String> beingRestarted = new HashSet<>();
    private volatile boolean caughtUp;

    public ReadModelCatchUp(EventProcessingConfiguration processing, List<InMemoryReadModel> inMemoryReadModels) {
        this.processing = processing;
        this.inMemoryReadModels = List.copyOf(inMemoryReadModels);
    }

    public boolean isCaughtUp() {
        if (caughtUp) {
            return true;
        }
        synchronized (this) {
            if (!caughtUp && beingRestarted.isEmpty()) {
                caughtUp = inMemoryReadModels.stream().allMatch(InMemoryReadModel::isLoaded)
                        && ProcessingGroups.READ_MODELS.stream().allMatch(this::hasCaughtUp);
            }
            return caughtUp;
        }
    }

    /**
     * A read model is about to be emptied and its processor restarted. Until {@link #rebuildRestarted}
     * its processor still reports the old, caught-up position, which must not open reads again.
     */
    public synchronized void rebuildStarting(String readModel) {
        beingRestarted.add(readModel);
        caughtUp = false;
    }

    /** The processor runs again from the start of the stream: reads wait until it has caught up. */
    public synchronized void rebuildRestarted(String readModel) {
        beingRestarted.remove(readModel);
        caughtUp = false;
    }

    private boolean hasCaughtUp(String processingGroup) {
        return processing.eventProcessor(processingGroup, StreamingEventProcessor.class)
                .map(processor -> !processor.processingStatus().isEmpty()
                        && processor.processingStatus().values().stream().allMatch(EventTrackerStatus::isCaughtUp))
                .orElse(false);
    }
}
