package siteops.api.restore;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

/**
 * The site's databases are as the backup had them, every company on {@code version} (the one the
 * backup was taken on, which the site runs): the site is back to {@code returnTo}.
 * {@code updateId}: the update this restore rolled back (which then ends rolled back), null for a
 * user's restore.
 */
@Revision("1")
public record RestoreCompleted(String siteId, String operationId, String backupId, String version,
                               SiteStatus returnTo, String updateId)
        implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return returnTo;
    }
}
