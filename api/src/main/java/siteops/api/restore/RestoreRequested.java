package siteops.api.restore;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

/**
 * The site is to be restored from {@code backupId}, taken on the {@code version} it runs; nobody
 * connects while it is. Asked for by a user, the site is Restoring, and {@code returnTo} is the
 * status a successful restore leaves: Locked for a site that was locked (a restore does not lift
 * a lock), Ready otherwise (from Ready or Fault). As the rollback of the update {@code updateId}
 * (null otherwise), the site stays Updating and the update ends when the restore does.
 */
@Revision("1")
public record RestoreRequested(String siteId, String operationId, String backupId, String version,
                               SiteStatus returnTo, String updateId) implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return updateId == null ? SiteStatus.Restoring : SiteStatus.Updating;
    }
}
