package siteops.api.update;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

/** Every company is converted: the site runs {@code version} and is ready. */
@Revision("1")
public record UpdateCompleted(String siteId, String updateId, String fromVersion, String version)
        implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return SiteStatus.Ready;
    }
}
