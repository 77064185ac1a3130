package siteops.api.update;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

/**
 * The update's rollback could not restore its pre-update backup {@code backupId}: the update has
 * ended, and the site's state is unknown ({@code Fault}) until a repair or a restore succeeds.
 */
@Revision("1")
public record UpdateRollbackFailed(String siteId, String updateId, String version, String backupId, String reason)
        implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return SiteStatus.Fault;
    }
}
