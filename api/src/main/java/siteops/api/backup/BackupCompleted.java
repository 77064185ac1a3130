package siteops.api.backup;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

/** The backup is taken and usable; the site is back to {@code returnTo}. */
@Revision("1")
public record BackupCompleted(String siteId, String backupId, SiteStatus returnTo) implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return returnTo;
    }
}
