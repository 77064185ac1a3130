package siteops.api.update;

import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

/** The update is undone: the site is back on {@code version} and ready; {@code failedCompany} and {@code reason} say why. */
public record UpdateRolledBack(String siteId, String updateId, String version, String failedCompany, String reason)
        implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return SiteStatus.Ready;
    }
}
