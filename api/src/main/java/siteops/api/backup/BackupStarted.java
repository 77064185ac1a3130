package siteops.api.backup;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

/** The agent is taking the backup. */
@Revision("1")
public record BackupStarted(String siteId, String backupId) implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return SiteStatus.BackingUp;
    }
}
