package siteops.query.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import siteops.query.admin.ReadModelRebuilds.Phase;
import siteops.query.admin.ReadModelRebuilds.Rebuild;
import siteops.query.store.EventStoreHead;
import siteops.query.store.InMemoryReadModel;
import siteops.query.store.ProcessingGroups;
import siteops.query.store.ReadModelCatchUp;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * This process's part in each rebuild ({@link ReadModelRebuilds}), looked at every half second
 * and right after a rebuild is asked of this process: it stops its processor of the read model;
 * once no process claims a segment of it, one process (the first to mark the rebuild as its own)
 * resets the tokens, which empties the read model; then every process starts its processor again,
 * and the segments replay the whole stream wherever they are claimed. A process that dies while it
 * resets leaves the rebuild to another after a minute. Reads wait meanwhile ({@link ReadModelCatchUp}).
 */
@Component
public class RebuildSteps {

    private static final Logger log = LoggerFactory.getLogger(RebuildSteps.class);
    private static final Duration STUCK_RESET = Duration.ofMinutes(1);

    private final EventProcessingConfiguration processing;
    private final ReadModelRebuilds rebuilds;
    private final ReadModelCatchUp catchUp;
    private final EventStore eventStore;
    private final List<InMemoryReadModel> inMemoryReadModels;
    private final String node;
    /** The rebuild for which this process stopped each read model's processor, until it starts it again. */
    private final Map<String, Long> stoppedFor = new HashMap<>();

    public RebuildSteps(EventProcessingConfiguration processing, ReadModelRebuilds rebuilds, ReadModelCatchUp catchUp,
                        EventStore eventStore, List<InMemoryReadModel> inMemoryReadModels,
                        @Value("${siteops.node.id}") String node) {
        this.processing = processing;
        this.rebuilds = rebuilds;
        this.catchUp = catchUp;
        this.eventStore = eventStore;
        this.inMemoryReadModels = List.copyOf(inMemoryReadModels);
        this.node = node;
    }

    @Scheduled(fixedDelay = 500)
    void takePart() {
        for (String readModel : ProcessingGroups.READ_MODELS) {
            try {
                step(readModel);
            } catch (RuntimeException e) {
                log.warn("Could not take the next step of the rebuild of {}; trying again shortly", readModel, e);
            }
        }
    }

    /** The next step of this process in the read model's rebuild, if one is under way. */
    synchronized void step(String readModel) {
        Optional<Rebuild> found = rebuilds.of(readModel);
        if (found.isEmpty()) {
            return;
        }
        Rebuild rebuild = found.get();
        StreamingEventProcessor processor = processorOf(readModel);
        if (rebuild.phase() != Phase.REPLAYING) {
            if (!Long.valueOf(rebuild.generation()).equals(stoppedFor.get(readModel))) {
                catchUp.rebuildStarting(readModel);
                stoppedFor.put(readModel, rebuild.generation());
                log.info("Rebuild {} of {}: processor stopped here", rebuild.generation(), readModel);
            }
            // Also a processor started after the first look (this process starting during a rebuild).
            if (processor.isRunning()) {
                processor.shutDown();
            }
            if (!resetByThisProcess(rebuild, processor)) {
                return;
            }
        }
        if (stoppedFor.remove(readModel) != null) {
            inMemoryReadModels.forEach(model -> model.rebuilt(readModel));
            processor.start();
            catchUp.rebuildRestarted(readModel);
            log.info("Rebuild {} of {}: processor started again here", rebuild.generation(), readModel);
        }
    }

    /** Resets the tokens if no process claims a segment any more and no other process resets them. */
    private boolean resetByThisProcess(Rebuild rebuild, StreamingEventProcessor processor) {
        String readModel = rebuild.readModel();
        if (anySegmentClaimed(readModel)
                || !rebuilds.claimReset(rebuild, node, Instant.now().minus(STUCK_RESET))) {
            return false;
        }
        try {
            processor.resetTokens();
        } catch (RuntimeException e) {
            rebuilds.resetFailed(rebuild, node);
            throw e;
        }
        rebuilds.replaying(rebuild, lastStored());
        log.info("Rebuild {} of {}: tokens reset and read model emptied here", rebuild.generation(), readModel);
        return true;
    }

    private boolean anySegmentClaimed(String readModel) {
        TokenStore tokens = processing.tokenStore(readModel);
        return tokens.fetchAvailableSegments(readModel).size() < tokens.fetchSegments(readModel).length;
    }

    private long lastStored() {
        return EventStoreHead.of(eventStore).orElse(-1);
    }

    private StreamingEventProcessor processorOf(String readModel) {
        return processing.eventProcessor(readModel, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor for read model " + readModel));
    }
}
