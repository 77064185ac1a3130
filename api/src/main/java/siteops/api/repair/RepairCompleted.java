package siteops.api.repair;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

/** The site's applications are redeployed: the site is back to {@code returnTo} (Ready, or Locked if it was). */
@Revision("1")
public record RepairCompleted(String siteId, String operationId, SiteStatus returnTo) implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return returnTo;
    }
}
