package siteops.query.history;

import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupDeleted;
import siteops.api.backup.BackupDeletion;
import siteops.api.backup.BackupFailed;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupStarted;
import siteops.api.lifecycle.SiteLocked;
import siteops.api.lifecycle.SiteResumed;
import siteops.api.lifecycle.SiteSuspended;
import siteops.api.lifecycle.SiteUnlocked;
import siteops.api.repair.RepairCompleted;
import siteops.api.repair.RepairFailed;
import siteops.api.repair.RepairRequested;
import siteops.api.repair.RepairStarted;
import siteops.api.restore.RestoreCompleted;
import siteops.api.restore.RestoreFailed;
import siteops.api.restore.RestoreRequested;
import siteops.api.restore.RestoreStarted;
import siteops.api.site.ProductMigrated;
import siteops.api.site.SiteRegistered;
import siteops.api.site.SiteSettingsChanged;
import siteops.api.update.CompanyConversionFailed;
import siteops.api.update.CompanyConverted;
import siteops.api.update.CompanyRestored;
import siteops.api.update.UpdateCompleted;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateRollbackFailed;
import siteops.api.update.UpdateRolledBack;
import siteops.api.update.UpdateStarted;

import java.util.ArrayList;
import java.util.List;

/** One human sentence for each event of a site's history. */
final class HistorySummaries {

    private HistorySummaries() {
    }

    static String of(Object event) {
        if (event instanceof SiteRegistered e) {
            return "Site " + e.name() + " registered on " + e.edition().productLabel(e.product()) + " " + e.version()
                    + " with " + e.companies().size() + " compan" + (e.companies().size() == 1 ? "y" : "ies");
        }
        if (event instanceof UpdateRequested e) {
            return "Update from " + e.fromVersion() + " to " + e.targetVersion() + " requested";
        }
        if (event instanceof UpdateStarted e) {
            return e.preUpdateBackupId() == null
                    ? "Update to " + e.targetVersion() + " started; users can no longer connect"
                    : "Backup taken; conversion of the companies to " + e.targetVersion() + " started";
        }
        if (event instanceof CompanyConverted e) {
            return "Company " + e.company() + " converted to " + e.version();
        }
        if (event instanceof CompanyConversionFailed e) {
            return "Conversion of company " + e.company() + " failed (" + e.reason() + "); rolling back";
        }
        if (event instanceof CompanyRestored e) {
            return "Company " + e.company() + " restored to " + e.version();
        }
        if (event instanceof UpdateRolledBack e) {
            return "Update rolled back" + (e.restoredFromBackupId() == null ? ""
                    : " from backup " + e.restoredFromBackupId()) + "; the site stays on " + e.version()
                    + " and is ready";
        }
        if (event instanceof UpdateRollbackFailed e) {
            return "Update rollback failed: backup " + e.backupId() + " could not be restored (" + e.reason()
                    + "); the site is in fault until a repair or a restore succeeds";
        }
        if (event instanceof UpdateCompleted e) {
            return "Update completed; the site runs " + e.version() + " and is ready";
        }
        if (event instanceof ProductMigrated e) {
            return "Product migrated from " + e.fromEdition() + " to " + e.toEdition() + "; version " + e.version()
                    + " unchanged";
        }
        if (event instanceof SiteSettingsChanged e) {
            List<String> changes = new ArrayList<>();
            if (e.plan() != null) {
                changes.add("plan " + e.plan().before() + " → " + e.plan().after());
            }
            if (e.timeZone() != null) {
                changes.add("time zone " + e.timeZone().before() + " → " + e.timeZone().after());
            }
            if (e.siteAdministration() != null) {
                changes.add("site administration " + (e.siteAdministration().after() ? "on" : "off"));
            }
            return "Settings changed: " + String.join(", ", changes);
        }
        if (event instanceof BackupRequested e) {
            return "Backup requested" + (e.label() == null ? "" : " (" + e.label() + ")") + " of " + e.version()
                    + (e.updateId() == null ? "; users stay connected" : "; users can no longer connect");
        }
        if (event instanceof BackupStarted) {
            return "Backup started";
        }
        if (event instanceof BackupCompleted e) {
            return "Backup completed" + (e.expiresAt() == null ? "" : "; kept until " + e.expiresAt());
        }
        if (event instanceof BackupFailed e) {
            return "Backup failed (" + e.reason() + ")" + (e.updateId() == null ? "; nothing of the site changed"
                    : "; the update ends before converting anything");
        }
        if (event instanceof BackupDeleted e) {
            return "Backup " + e.backupId() + " deleted" + (e.reason() == BackupDeletion.RETENTION
                    ? " by retention (expired " + e.expiresAt() + ")" : "");
        }
        if (event instanceof RestoreRequested e) {
            return (e.updateId() == null ? "Restore" : "Rollback: restore") + " of backup " + e.backupId()
                    + " requested; nobody can connect until it ends";
        }
        if (event instanceof RestoreStarted e) {
            return "Restore of backup " + e.backupId() + " started";
        }
        if (event instanceof RestoreCompleted e) {
            return "Restore of backup " + e.backupId() + " completed";
        }
        if (event instanceof RestoreFailed e) {
            return "Restore of backup " + e.backupId() + " failed (" + e.reason()
                    + "); the site is in fault until a repair or a restore succeeds";
        }
        if (event instanceof RepairRequested) {
            return "Repair requested; nobody can connect until the applications are redeployed";
        }
        if (event instanceof RepairStarted) {
            return "Repair started: the applications are being redeployed";
        }
        if (event instanceof RepairCompleted e) {
            return "Repair completed; the site is " + e.returnTo();
        }
        if (event instanceof RepairFailed e) {
            return "Repair failed (" + e.reason() + "); the site is in fault until a repair or a restore succeeds";
        }
        if (event instanceof SiteLocked e) {
            return "Site locked (" + e.reason() + "); nobody can connect";
        }
        if (event instanceof SiteUnlocked) {
            return "Site unlocked; users can connect again";
        }
        if (event instanceof SiteSuspended e) {
            return "Site suspended (" + e.reason() + "); its databases are kept, nobody can connect";
        }
        if (event instanceof SiteResumed) {
            return "Site resumed; users can connect again";
        }
        return event.getClass().getSimpleName();
    }
}
