package siteops.api.backup;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

/**
 * The backup could not be taken; nothing of the site changed, and it is back to {@code returnTo}.
 * {@code updateId}: the update the backup was for (which then ends rolled back), null for a
 * manual backup.
 */
@Revision("2")
public record BackupFailed(String siteId, String backupId, String reason, SiteStatus returnTo, String updateId)
        implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return returnTo;
    }
}
