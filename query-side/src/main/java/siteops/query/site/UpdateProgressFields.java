package siteops.query.site;

import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import siteops.api.backup.BackupRequested;
import siteops.api.query.UpdateFailure;
import siteops.api.query.Eta;
import siteops.api.query.UpdateProgress;
import siteops.api.update.CompanyConversionFailed;
import siteops.api.update.UpdatePhase;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateStarted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static siteops.query.store.Documents.date;
import static siteops.query.store.Documents.enumValue;
import static siteops.query.store.Documents.instant;
import static siteops.query.store.Documents.intValue;

/**
 * The progress of an update as a document, and how each event changes it. The same fields live
 * in two places: an update's own document in {@code site_updates}, and the site's
 * {@code currentUpdate} while the update runs, written with the site's status in one atomic write
 * so that a site and its running update are never seen out of step.
 */
final class UpdateProgressFields {

    static final UpdateProgressFields OWN_DOCUMENT = new UpdateProgressFields("");
    static final UpdateProgressFields SITE_CURRENT_UPDATE = new UpdateProgressFields(SiteCollection.CURRENT_UPDATE + ".");

    private final String prefix;

    private UpdateProgressFields(String prefix) {
        this.prefix = prefix;
    }

    static Document requested(UpdateRequested event, Instant at) {
        return new Document("updateId", event.updateId())
                .append("siteId", event.siteId())
                .append("fromVersion", event.fromVersion())
                .append("targetVersion", event.targetVersion())
                .append("phase", UpdatePhase.PENDING.name())
                .append("companiesTotal", event.companies().size())
                .append("companiesConverted", 0)
                .append("requestedAt", date(at))
                .append("startedAt", null)
                .append("finishedAt", null)
                .append("failure", null)
                .append("preUpdateBackupId", null)
                .append("restoredFromBackupId", null);
    }

    List<Bson> backingUp(BackupRequested event, Instant at) {
        return List.of(Updates.set(prefix + "phase", UpdatePhase.BACKING_UP.name()),
                Updates.set(prefix + "preUpdateBackupId", event.backupId()),
                Updates.set(prefix + "startedAt", date(at)));
    }

    /** An update that took a backup first started when its backup was asked for. */
    List<Bson> started(UpdateStarted event, Instant at) {
        List<Bson> changes = new ArrayList<>(List.of(Updates.set(prefix + "phase", UpdatePhase.CONVERTING.name()),
                Updates.set(prefix + "companiesTotal", event.companies().size())));
        if (event.preUpdateBackupId() == null) {
            changes.add(Updates.set(prefix + "startedAt", date(at)));
        }
        return changes;
    }

    /** The update ended before converting anything (its pre-update backup failed): no company failed. */
    List<Bson> failedBeforeAnyConversion(String reason) {
        return List.of(Updates.set(prefix + "failure", new Document("company", null).append("reason", reason)));
    }

    List<Bson> restoredFrom(String backupId) {
        return List.of(Updates.set(prefix + "restoredFromBackupId", backupId));
    }

    List<Bson> companyConverted() {
        return List.of(Updates.inc(prefix + "companiesConverted", 1));
    }

    List<Bson> failed(CompanyConversionFailed event) {
        return List.of(Updates.set(prefix + "phase", UpdatePhase.ROLLING_BACK.name()),
                Updates.set(prefix + "failure", new Document("company", event.company())
                        .append("reason", event.reason())));
    }

    List<Bson> finished(UpdatePhase phase, Instant at) {
        return List.of(Updates.set(prefix + "phase", phase.name()), Updates.set(prefix + "finishedAt", date(at)));
    }

    /** {@code eta}: while its companies are converted, when the last should be, as of {@code now}. */
    static UpdateProgress toProgress(Document update, Instant now) {
        Document failure = update.get("failure", Document.class);
        UpdatePhase phase = enumValue(update, "phase", UpdatePhase.class);
        Instant eta = phase == UpdatePhase.CONVERTING ? Eta.of(instant(update, "startedAt"),
                intValue(update, "companiesConverted"), intValue(update, "companiesTotal"), now) : null;
        return new UpdateProgress(
                update.getString("updateId"),
                update.getString("siteId"),
                update.getString("fromVersion"),
                update.getString("targetVersion"),
                phase,
                intValue(update, "companiesTotal"),
                intValue(update, "companiesConverted"),
                instant(update, "requestedAt"),
                instant(update, "startedAt"),
                instant(update, "finishedAt"),
                failure == null ? null : new UpdateFailure(failure.getString("company"), failure.getString("reason")),
                update.getString("preUpdateBackupId"),
                update.getString("restoredFromBackupId"),
                eta);
    }
}
