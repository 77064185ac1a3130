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
import siteops.query.store.ReadModelPositions;

import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Reports on the read models' processors and rebuilds a read model from the whole event stream. */
@Component
public class ReadModelAdministration {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ReadModelCatchUp catchUp;
    private final ReadModelPositions positions;
    /** The read models whose processor one request is stopping, emptying and starting again. */
    private final Set<String> restarting = ConcurrentHashMap.newKeySet();

    public ReadModelAdministration(EventProcessingConfiguration processing, EventStore eventStore,
                                   ReadModelCatchUp catchUp, ReadModelPositions positions) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.catchUp = catchUp;
        this.positions = positions;
    }

    public List<ReadModelStatus> statuses() {
        Long head = positionOf(eventStore.createHeadToken());
        return ProcessingGroups.READ_MODELS.stream().map(name -> statusOf(name, head)).toList();
    }

    /**
     * Empties the read model and replays every event into it. Reads answer 503 until it has
     * caught up again. Only one instance of the processor may run, as on the embedded default.
     * One rebuild at a time: a second one, asked for while the first restarts the processor or
     * replays, is refused (stopping a processor that another request is starting leaves a
     * claimed token that cannot be reset).
     */
    public void rebuild(String name) {
        StreamingEventProcessor processor = processorNamed(name);
        if (!restarting.add(name)) {
            throw rebuildInProgress(name);
        }
        try {
            if (isRebuilding(processor)) {
                throw rebuildInProgress(name);
            }
            replayFromTheStart(name, processor);
        } finally {
            restarting.remove(name);
        }
    }

    private void replayFromTheStart(String name, StreamingEventProcessor processor) {
        catchUp.rebuildStarting(name);
        try {
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        } finally {
            catchUp.rebuildRestarted(name);
        }
    }

    /**
     * A processor just started has not claimed its segments yet (no status); one that was reset
     * replays until it has caught up with the head (it goes on reporting a replay after that,
     * until an event past the position of the reset arrives).
     */
    private static boolean isRebuilding(StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        return segments.isEmpty()
                || segments.stream().anyMatch(segment -> segment.isReplaying() && !segment.isCaughtUp());
    }

    private static RefusedException rebuildInProgress(String name) {
        return new RefusedException(RefusalCode.REBUILD_IN_PROGRESS,
                "read model " + name + " is being rebuilt; ask again once it has caught up");
    }

    /** As the processor's tokens in the store say, whichever processes work its segments. */
    private ReadModelStatus statusOf(String name, Long head) {
        processorNamed(name);
        ReadModelPositions.Segments segments = positions.of(name);
        Long position = segments.lowestPosition();
        boolean caughtUp = !segments.tokens().isEmpty() && (head == null || segments.havePassed(head));
        Long behind = head == null ? null : Math.max(0, head - (position == null ? 0 : position));
        return new ReadModelStatus(name, position, head, behind, caughtUp, segments.anyReplaying());
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
