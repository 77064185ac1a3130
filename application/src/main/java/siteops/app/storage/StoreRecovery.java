package siteops.app.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.beans.factory.ObjectProvider;

import org.springframework.stereotype.Component;
import siteops.api.refusal.RefusedException;
import siteops.command.store.RememberedState;
import siteops.query.admin.ReadModelAdministration;
import siteops.query.store.ProcessingGroups;

/**
 * What comes back with the event store after it closed itself (a full disk): the writes it had
 * taken but not yet put in its file are gone, while what was derived from them in memory is not.
 * So the command side forgets what it remembered of the store, and read models kept in memory
 * (which, unlike those that outlive the process, take events before they are on disk) are rebuilt
 * from what the store kept; reads wait for them as after a start. The other event processors
 * (the update process, read models that outlive the process) start again at once, rather than
 * after the growing pause their failures put them in.
 */
@Component
public class StoreRecovery {

    private static final Logger log = LoggerFactory.getLogger(StoreRecovery.class);

    private final ObjectProvider<RememberedState> rememberedStates;
    private final EventProcessingConfiguration processing;
    private final ReadModelAdministration readModels;
    private final ReadModelStoreSettings readModelStore;

    public StoreRecovery(ObjectProvider<RememberedState> rememberedStates, EventProcessingConfiguration processing,
                         ReadModelAdministration readModels, ReadModelStoreSettings readModelStore) {
        this.rememberedStates = rememberedStates;
        this.processing = processing;
        this.readModels = readModels;
        this.readModelStore = readModelStore;
    }

    /**
     * Every processor is stopped first, so that none works on what is about to be forgotten; then
     * the command side forgets, and the processors start again (read models kept in memory from
     * the start of the stream).
     */
    void afterOutage() {
        processing.eventProcessors().values().forEach(EventProcessor::shutDown);
        rememberedStates.forEach(RememberedState::forget);
        boolean readModelsInMemory = readModelStore.embedded()
                && readModelStore.embeddedStorage() == ReadModelStoreSettings.EmbeddedStorage.MEMORY;
        processing.eventProcessors().forEach((name, processor) -> {
            if (readModelsInMemory && ProcessingGroups.READ_MODELS.contains(name)) {
                rebuild(name);
            } else {
                processor.start();
            }
        });
    }

    private void rebuild(String readModel) {
        log.info("Rebuilding read model {} from what the event store kept", readModel);
        try {
            readModels.rebuildAfterLostWrites(readModel);
        } catch (RefusedException operatorRebuilding) {
            log.warn("Read model {} is being restarted by an operator's rebuild, which replays what the event store"
                    + " kept", readModel);
        }
    }
}
