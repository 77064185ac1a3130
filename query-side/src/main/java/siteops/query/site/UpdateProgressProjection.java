package siteops.query.site;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import siteops.api.update.CompanyConversionFailed;
import siteops.api.update.CompanyConverted;
import siteops.api.update.UpdateCompleted;
import siteops.api.update.UpdatePhase;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateRolledBack;
import siteops.api.update.UpdateStarted;
import siteops.query.store.ProcessingGroups;
import siteops.query.store.Revisioned;

import java.time.Instant;
import java.util.List;

import static siteops.query.store.Documents.date;

/** Keeps one document per update in {@code site_updates}: its phase and how far the conversions are. */
@Component
@ProcessingGroup(ProcessingGroups.SITES)
public class UpdateProgressProjection {

    private final UpdateCollection updates;

    public UpdateProgressProjection(UpdateCollection updates) {
        this.updates = updates;
    }

    @EventHandler
    void on(UpdateRequested event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Document update = new Document("siteId", event.siteId())
                .append("fromVersion", event.fromVersion())
                .append("targetVersion", event.targetVersion())
                .append("phase", UpdatePhase.PENDING.name())
                .append("companiesTotal", event.companies().size())
                .append("companiesConverted", 0)
                .append("requestedAt", date(at))
                .append("startedAt", null)
                .append("finishedAt", null)
                .append("failure", null)
                .append(Revisioned.REVISION, sequence);
        updates.documents().updateOne(Filters.eq("_id", event.updateId()), new Document("$setOnInsert", update),
                new UpdateOptions().upsert(true));
    }

    @EventHandler
    void on(UpdateStarted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.updateId(), sequence,
                Updates.set("phase", UpdatePhase.CONVERTING.name()),
                Updates.set("companiesTotal", event.companies().size()),
                Updates.set("startedAt", date(at)));
    }

    @EventHandler
    void on(CompanyConverted event, @SequenceNumber long sequence) {
        change(event.updateId(), sequence, Updates.inc("companiesConverted", 1));
    }

    @EventHandler
    void on(CompanyConversionFailed event, @SequenceNumber long sequence) {
        change(event.updateId(), sequence,
                Updates.set("phase", UpdatePhase.ROLLING_BACK.name()),
                Updates.set("failure", new Document("company", event.company()).append("reason", event.reason())));
    }

    @EventHandler
    void on(UpdateCompleted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.updateId(), sequence,
                Updates.set("phase", UpdatePhase.COMPLETED.name()),
                Updates.set("finishedAt", date(at)));
    }

    @EventHandler
    void on(UpdateRolledBack event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event.updateId(), sequence,
                Updates.set("phase", UpdatePhase.ROLLED_BACK.name()),
                Updates.set("finishedAt", date(at)));
    }

    @ResetHandler
    void reset() {
        updates.documents().deleteMany(new Document());
    }

    private void change(String updateId, long sequence, Bson... changes) {
        Revisioned.apply(updates.documents(), Filters.eq("_id", updateId), sequence, List.of(changes));
    }
}
