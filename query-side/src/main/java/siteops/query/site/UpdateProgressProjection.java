package siteops.query.site;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import siteops.api.backup.BackupRequested;
import siteops.api.update.CompanyConversionFailed;
import siteops.api.update.CompanyConverted;
import siteops.api.update.UpdateCompleted;
import siteops.api.update.UpdatePhase;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateRollbackFailed;
import siteops.api.update.UpdateRolledBack;
import siteops.api.update.UpdateStarted;
import siteops.query.store.ProcessingGroups;
import siteops.query.store.ReadModelWrites;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static siteops.query.site.UpdateProgressFields.OWN_DOCUMENT;

/** Keeps one document per update in {@code site_updates}, after the update has ended too. */
@Component
@ProcessingGroup(ProcessingGroups.SITES)
public class UpdateProgressProjection {

    private final UpdateCollection updates;

    public UpdateProgressProjection(UpdateCollection updates) {
        this.updates = updates;
    }

    @EventHandler
    void on(UpdateRequested event, @SequenceNumber long sequence, @Timestamp Instant at) {
        ReadModelWrites.insertIfAbsent(updates.documents(), event.updateId(), sequence,
                UpdateProgressFields.requested(event, at));
    }

    @EventHandler
    void on(UpdateStarted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.updateId(), sequence, OWN_DOCUMENT.started(event, at));
    }

    @EventHandler
    void on(CompanyConverted event, @SequenceNumber long sequence) {
        change(event.updateId(), sequence, OWN_DOCUMENT.companyConverted());
    }

    @EventHandler
    void on(CompanyConversionFailed event, @SequenceNumber long sequence) {
        change(event.updateId(), sequence, OWN_DOCUMENT.failed(event));
    }

    @EventHandler
    void on(UpdateCompleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.updateId(), sequence, OWN_DOCUMENT.finished(UpdatePhase.COMPLETED, at));
    }

    @EventHandler
    void on(UpdateRolledBack event, @SequenceNumber long sequence, @Timestamp Instant at) {
        List<Bson> changes = new ArrayList<>(OWN_DOCUMENT.finished(UpdatePhase.ROLLED_BACK, at));
        changes.addAll(OWN_DOCUMENT.restoredFrom(event.restoredFromBackupId()));
        if (event.failedCompany() == null) {
            changes.addAll(OWN_DOCUMENT.failedBeforeAnyConversion(event.reason()));
        }
        change(event.updateId(), sequence, changes);
    }

    @EventHandler
    void on(UpdateRollbackFailed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.updateId(), sequence, OWN_DOCUMENT.finished(UpdatePhase.ROLLBACK_FAILED, at));
    }

    @EventHandler
    void on(BackupRequested event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (event.updateId() != null) {
            change(event.updateId(), sequence, OWN_DOCUMENT.backingUp(event, at));
        }
    }

    @ResetHandler
    void reset() {
        updates.empty();
    }

    private void change(String updateId, long sequence, List<Bson> changes) {
        ReadModelWrites.update(updates.documents(), updateId, sequence, changes);
    }
}
