package siteops.query.backup;

import org.bson.Document;
import siteops.api.backup.BackupKind;
import siteops.api.backup.BackupState;
import siteops.api.query.BackupView;
import siteops.api.site.Edition;

import static siteops.query.store.Documents.enumValue;
import static siteops.query.store.Documents.instant;

/** Turns a {@code site_backups} document into the view the routes answer. */
final class BackupViews {

    private BackupViews() {
    }

    static BackupView of(Document backup) {
        return new BackupView(backup.getString("backupId"), backup.getString("siteId"),
                enumValue(backup, "kind", BackupKind.class), backup.getString("label"),
                enumValue(backup, "state", BackupState.class), backup.getString("version"),
                enumValue(backup, "edition", Edition.class), backup.getList("companies", String.class),
                instant(backup, "requestedAt"), instant(backup, "completedAt"), backup.getString("requestedBy"),
                instant(backup, "expiresAt"), backup.getString("failure"));
    }
}
