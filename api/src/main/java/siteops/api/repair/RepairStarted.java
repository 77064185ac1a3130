package siteops.api.repair;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

/** The agent is redeploying the site's applications. */
@Revision("1")
public record RepairStarted(String siteId, String operationId) implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return SiteStatus.Repairing;
    }
}
