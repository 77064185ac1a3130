package siteops.command.site;

import siteops.api.update.UpdatePhase;

import java.util.ArrayList;
import java.util.List;

/** The update running on a site, as far as the site's rules need it. */
record CurrentUpdate(
        String updateId,
        String targetVersion,
        UpdatePhase phase,
        List<String> converted,
        String failedCompany,
        String failureReason,
        String preUpdateBackupId) {

    CurrentUpdate {
        converted = List.copyOf(converted);
    }

    static CurrentUpdate pending(String updateId, String targetVersion) {
        return new CurrentUpdate(updateId, targetVersion, UpdatePhase.PENDING, List.of(), null, null, null);
    }

    CurrentUpdate inPhase(UpdatePhase next) {
        return new CurrentUpdate(updateId, targetVersion, next, converted, failedCompany, failureReason,
                preUpdateBackupId);
    }

    /** An update stored before updates took a backup has none: its rollback restores company by company. */
    CurrentUpdate backingUp(String backupId) {
        return new CurrentUpdate(updateId, targetVersion, UpdatePhase.BACKING_UP, converted, failedCompany,
                failureReason, backupId);
    }

    CurrentUpdate withConverted(String company) {
        List<String> nowConverted = new ArrayList<>(converted);
        nowConverted.add(company);
        return new CurrentUpdate(updateId, targetVersion, phase, nowConverted, failedCompany, failureReason,
                preUpdateBackupId);
    }

    CurrentUpdate failed(String company, String reason) {
        return new CurrentUpdate(updateId, targetVersion, UpdatePhase.ROLLING_BACK, converted, company, reason,
                preUpdateBackupId);
    }
}
