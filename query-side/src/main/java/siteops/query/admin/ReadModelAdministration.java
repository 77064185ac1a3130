package siteops.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.query.store.EventStoreHead;
import siteops.query.store.ProcessingGroups;
import siteops.query.store.ReadModelPositions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Reports on the read models' processors and rebuilds a read model from the whole event stream, with every process that shares it. */
@Component
public class ReadModelAdministration {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final ReadModelPositions positions;
    private final ReadModelRebuilds rebuilds;
    private final RebuildSteps steps;
    /** The read models whose processor one request is stopping, emptying and starting again. */
    private final Set<String> restarting = ConcurrentHashMap.newKeySet();

    public ReadModelAdministration(EventProcessingConfiguration processing, EventStore eventStore,
                                   ReadModelPositions positions,
                                   ReadModelRebuilds rebuilds, RebuildSteps steps) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.positions = positions;
        this.rebuilds = rebuilds;
        this.steps = steps;
    }

    public List<ReadModelStatus> statuses() {
        OptionalLong last = EventStoreHead.of(eventStore);
        Long head = last.isPresent() ? last.getAsLong() : null;
        return ProcessingGroups.READ_MODELS.stream().map(name -> statusOf(name, head)).toList();
    }

    /**
     * Empties the read model and replays every event into it, with every process that shares the
     * read-model store ({@link RebuildSteps}). Reads answer 503 until it has caught up again. One
     * rebuild at a time: a second one, asked for while the first is prepared or replays, is
     * refused. On a process alone, the replay has begun when this returns; with others, once
     * none of them works a segment of the read model any more.
     */
    public void rebuild(String name) {
        processorNamed(name);
        if (!restarting.add(name)) {
            throw rebuildInProgress(name);
        }
        try {
            Optional<ReadModelRebuilds.Rebuild> previous = rebuilds.of(name);
            if (previous.isPresent() && inProgress(previous.get())) {
                throw rebuildInProgress(name);
            }
            rebuilds.begin(name, previous).orElseThrow(() -> rebuildInProgress(name));
            steps.step(name);
        } finally {
            restarting.remove(name);
        }
    }

    /** Not replaying yet, or not past the last event stored when its tokens were reset. */
    private boolean inProgress(ReadModelRebuilds.Rebuild rebuild) {
        return rebuild.phase() != ReadModelRebuilds.Phase.REPLAYING
                || rebuild.resetHead() >= 0 && !positions.of(rebuild.readModel()).havePassed(rebuild.resetHead());
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
        Optional<ReadModelRebuilds.Rebuild> rebuilding = rebuilds.of(name).filter(this::inProgress);
        boolean caughtUp = rebuilding.isEmpty() && !segments.tokens().isEmpty()
                && (head == null || segments.havePassed(head));
        Long behind = head == null ? null : Math.max(0, head - (position == null ? 0 : position));
        RebuildProgress progress = rebuilding.map(rebuild -> progressOf(rebuild, position, head)).orElse(null);
        return ReadModelStatus.of(name, position, head, behind, caughtUp, segments.anyReplaying(), progress);
    }

    private static RebuildProgress progressOf(ReadModelRebuilds.Rebuild rebuild, Long position, Long head) {
        if (rebuild.phase() != ReadModelRebuilds.Phase.REPLAYING || rebuild.resetHead() == null) {
            return RebuildProgress.preparing(head == null ? 0 : head);
        }
        return RebuildProgress.replaying(position == null ? 0 : position, rebuild.resetHead(), rebuild.phaseSince(),
                Instant.now());
    }

    private StreamingEventProcessor processorNamed(String name) {
        if (!ProcessingGroups.READ_MODELS.contains(name)) {
            throw new RefusedException(RefusalCode.READ_MODEL_NOT_FOUND,
                    "no read model " + name + "; there are " + ProcessingGroups.READ_MODELS);
        }
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor for read model " + name));
    }
}
