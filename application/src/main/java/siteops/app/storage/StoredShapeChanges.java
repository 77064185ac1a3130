package siteops.app.storage;

import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupFailed;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupStarted;
import siteops.api.update.UpdateRolledBack;
import siteops.api.update.UpdateStarted;

import java.util.List;

/**
 * Every change of a stored event's shape, in the order they were made: the upcasters every read
 * of the event store goes through (Axon's chain, given the bean: the event store, the trackers,
 * aggregates, a site as of an instant). A new shape is a new {@code @Revision} and a line here.
 */
@Configuration
public class StoredShapeChanges {

    static final List<EventUpcaster> CHANGES = List.of(
            // Updates took a backup first: the update's start names it, its rollback restores it.
            new FieldsAdded(UpdateStarted.class, null, List.of("preUpdateBackupId")),
            new FieldsAdded(UpdateRolledBack.class, null, List.of("restoredFromBackupId")),
            // Backups taken by updates: each backup event names the update; a completed one may expire.
            new FieldsAdded(BackupRequested.class, "1", List.of("updateId")),
            new FieldsAdded(BackupStarted.class, "1", List.of("updateId")),
            new FieldsAdded(BackupCompleted.class, "1", List.of("expiresAt", "updateId")),
            new FieldsAdded(BackupFailed.class, "1", List.of("updateId")));

    @Bean
    EventUpcaster storedShapeUpcasters() {
        return new EventUpcasterChain(CHANGES);
    }
}
