package siteops.app.storage;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import siteops.command.store.RememberedState;

/**
 * What comes back with the event store after it closed itself (a full disk): the writes it had
 * taken but not yet put in its file are gone. The event processors never saw them (they are
 * handed only events on disk, {@link DurableEventReading}), but the command side may remember
 * them, so it forgets what it remembered of the store. The processors, whose reads and writes
 * failed during the outage, start again at once rather than after the growing pause their
 * failures put them in.
 */
@Component
public class StoreRecovery {

    private final ObjectProvider<RememberedState> rememberedStates;
    private final EventProcessingConfiguration processing;

    public StoreRecovery(ObjectProvider<RememberedState> rememberedStates, EventProcessingConfiguration processing) {
        this.rememberedStates = rememberedStates;
        this.processing = processing;
    }

    /** Every processor is stopped first, so that none works on what is about to be forgotten. */
    void afterOutage() {
        processing.eventProcessors().values().forEach(EventProcessor::shutDown);
        rememberedStates.forEach(RememberedState::forget);
        processing.eventProcessors().values().forEach(EventProcessor::start);
    }
}
