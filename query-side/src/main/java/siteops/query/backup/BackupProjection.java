package siteops.query.backup;

import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupDeleted;
import siteops.api.backup.BackupFailed;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupState;
import siteops.api.metadata.MetaDataKeys;
import siteops.query.store.ProcessingGroups;
import siteops.query.store.ReadModelWrites;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static siteops.query.store.Documents.date;

/** Keeps one document per backup of a site in {@code site_backups}, from its request to its deletion, and after. */
@Component
@ProcessingGroup(ProcessingGroups.SITES)
public class BackupProjection {

    private final BackupCollection backups;

    public BackupProjection(BackupCollection backups) {
        this.backups = backups;
    }

    @EventHandler
    void on(BackupRequested event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(MetaDataKeys.ACTOR) String actor) {
        Document backup = new Document("backupId", event.backupId())
                .append("siteId", event.siteId())
                .append("kind", event.kind().name())
                .append("label", event.label())
                .append("state", BackupState.PENDING.name())
                .append("version", event.version())
                .append("edition", event.edition().name())
                .append("companies", event.companies())
                .append("requestedAt", date(at))
                .append("completedAt", null)
                .append("requestedBy", actor)
                .append("expiresAt", null)
                .append("failure", null)
                .append("sequence", sequence);
        ReadModelWrites.insertIfAbsent(backups.documents(), event.backupId(), sequence, backup);
    }

    @EventHandler
    void on(BackupCompleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ReadModelWrites.update(backups.documents(), event.backupId(), sequence, List.of(
                Updates.set("state", BackupState.COMPLETED.name()), Updates.set("completedAt", date(at)),
                Updates.set("expiresAt", event.expiresAt() == null ? null : date(event.expiresAt()))));
    }

    @EventHandler
    void on(BackupFailed event, @SequenceNumber long sequence) {
        ReadModelWrites.update(backups.documents(), event.backupId(), sequence, List.of(
                Updates.set("state", BackupState.FAILED.name()), Updates.set("failure", event.reason())));
    }

    /** Retention's deletion says when the backup expired; a user's keeps the expiry it had, if any. */
    @EventHandler
    void on(BackupDeleted event, @SequenceNumber long sequence) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.set("state", BackupState.DELETED.name())));
        if (event.expiresAt() != null) {
            changes.add(Updates.set("expiresAt", date(event.expiresAt())));
        }
        ReadModelWrites.update(backups.documents(), event.backupId(), sequence, changes);
    }

    @ResetHandler
    void reset() {
        backups.empty();
    }
}
