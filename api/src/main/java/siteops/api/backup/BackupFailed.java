package siteops.api.backup;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

/** The backup could not be taken; nothing of the site changed, and it is back to {@code returnTo}. */
@Revision("1")
public record BackupFailed(String siteId, String backupId, String reason, SiteStatus returnTo)
        implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return returnTo;
    }
}
