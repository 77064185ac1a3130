package siteops.command.site;

import siteops.api.backup.BackupKind;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupStarted;
import siteops.api.site.Edition;
import siteops.api.site.SiteStatus;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateStarted;

import java.util.List;

import static siteops.command.site.SiteEvents.SITE;

/** The events of update u1 of the Premium site from 2020.3 to 2021.3, as the site stores them. */
final class SiteUpdateEvents {

    static final String UPDATE = "u1";
    static final String BACKUP = Site.preUpdateBackupIdOf(UPDATE);
    static final String RESTORE = Site.rollbackRestoreIdOf(UPDATE);

    private SiteUpdateEvents() {
    }

    static UpdateRequested requested(List<String> companies) {
        return new UpdateRequested(SITE, UPDATE, "2020.3", "2021.3", companies);
    }

    static BackupRequested preUpdateBackupRequested(List<String> companies) {
        return new BackupRequested(SITE, BACKUP, BackupKind.PRE_UPDATE, "before the update to 2021.3", "2020.3",
                Edition.Premium, companies, SiteStatus.Updating, UPDATE);
    }

    static BackupStarted preUpdateBackupStarted() {
        return new BackupStarted(SITE, BACKUP, UPDATE);
    }

    static UpdateStarted startedAfterBackup(List<String> companies) {
        return new UpdateStarted(SITE, UPDATE, "2020.3", "2021.3", companies, BACKUP);
    }
}
