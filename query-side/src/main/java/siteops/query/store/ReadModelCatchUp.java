package siteops.query.store;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether every read model has caught up with the event store since the start, and those held in
 * the heap are loaded. Until then they would answer with a past state, or not know a site at all;
 * once caught up, they stay so.
 * <p>
 * Caught up means that the processor's tokens in the store ({@link ReadModelPositions}) have all
 * passed the last event stored when this process first asked: the same answer in every process
 * that shares the read models, whether or not it works any of the processor's segments itself.
 */
@Component
public class ReadModelCatchUp {

    private final ReadModelPositions positions;
    private final EventStore eventStore;
    private final List<InMemoryReadModel> inMemoryReadModels;
    private final Set<String> beingRestarted = new HashSet<>();
    /** The last event stored when catching up began (-1: none); null until then. */
    private Long target;
    private volatile boolean caughtUp;

    public ReadModelCatchUp(ReadModelPositions positions, EventStore eventStore,
                            List<InMemoryReadModel> inMemoryReadModels) {
        this.positions = positions;
        this.eventStore = eventStore;
        this.inMemoryReadModels = List.copyOf(inMemoryReadModels);
    }

    public boolean isCaughtUp() {
        if (caughtUp) {
            return true;
        }
        synchronized (this) {
            if (!caughtUp && beingRestarted.isEmpty()) {
                if (target == null) {
                    target = lastStored();
                }
                caughtUp = inMemoryReadModels.stream().allMatch(InMemoryReadModel::isLoaded)
                        && ProcessingGroups.READ_MODELS.stream().allMatch(this::hasCaughtUp);
            }
            return caughtUp;
        }
    }

    /**
     * A read model is about to be emptied and its processor restarted. Until {@link #rebuildRestarted}
     * its tokens still say the old, caught-up position, which must not open reads again.
     */
    public synchronized void rebuildStarting(String readModel) {
        beingRestarted.add(readModel);
        caughtUp = false;
    }

    /** The processor runs again from the start of the stream: reads wait until it has caught up. */
    public synchronized void rebuildRestarted(String readModel) {
        beingRestarted.remove(readModel);
        caughtUp = false;
        target = null;
    }

    private boolean hasCaughtUp(String processingGroup) {
        return target < 0 || positions.of(processingGroup).havePassed(target);
    }

    private long lastStored() {
        return EventStoreHead.of(eventStore).orElse(-1);
    }
}
