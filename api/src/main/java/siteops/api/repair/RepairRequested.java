package siteops.api.repair;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

/** The site's applications are to be redeployed; nobody connects while they are. */
@Revision("1")
public record RepairRequested(String siteId, String operationId) implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return SiteStatus.Repairing;
    }
}
