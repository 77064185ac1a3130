package siteops.api.update;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

/**
 * The update is undone: the site is back on {@code version} and ready; {@code failedCompany} and
 * {@code reason} say why. {@code restoredFromBackupId}: the pre-update backup the rollback
 * restored; null when nothing needed restoring (the pre-update backup itself failed) and for an
 * update stored before updates took a backup (its companies were restored one by one).
 */
@Revision("1")
public record UpdateRolledBack(String siteId, String updateId, String version, String failedCompany, String reason,
                               String restoredFromBackupId) implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return SiteStatus.Ready;
    }
}
