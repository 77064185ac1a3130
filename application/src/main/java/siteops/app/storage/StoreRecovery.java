package siteops.app.storage;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.stereotype.Component;
import siteops.command.store.StoreIncarnation;

import java.util.concurrent.CompletableFuture;

/**
 * How the service gets the event store back after it could not be written (a full disk). An H2
 * file that closed itself opens again without the writes it had taken and not yet put in its
 * file. The event processors keep their positions in memory, ahead of what the reopened file
 * holds for the sagas they drive, so they are stopped before the file may open again
 * ({@link H2FileIncarnations}), and started once it takes writes: they read their positions
 * again from it. (They are handed only events on disk, {@link DurableEventReading}, and what the
 * command side remembers is kept per incarnation.) Started again at once, they also skip the
 * growing pause their failures during the outage put them in.
 */
@Component
public class StoreRecovery {

    private final EventProcessingConfiguration processing;
    private final StoreIncarnation incarnation;

    public StoreRecovery(EventProcessingConfiguration processing, StoreIncarnation incarnation) {
        this.processing = processing;
        this.incarnation = incarnation;
    }

    /** All at once: each may be waiting out a connection timeout before it notices. */
    void beforeReopening() {
        CompletableFuture.allOf(processing.eventProcessors().values().stream()
                .map(EventProcessor::shutdownAsync).toArray(CompletableFuture[]::new)).join();
        if (incarnation instanceof H2FileIncarnations incarnations) {
            incarnations.allowReopening();
        }
    }

    void afterReopening() {
        if (incarnation instanceof H2FileIncarnations incarnations) {
            incarnations.forbidReopening();
        }
        processing.eventProcessors().values().forEach(EventProcessor::start);
    }
}
