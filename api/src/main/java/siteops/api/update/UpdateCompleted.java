package siteops.api.update;

import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

/** Every company is converted: the site runs {@code version} and is ready. */
public record UpdateCompleted(String siteId, String updateId, String fromVersion, String version)
        implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return SiteStatus.Ready;
    }
}
