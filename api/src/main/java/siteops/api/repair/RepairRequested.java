package siteops.api.repair;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

/**
 * The site's applications are to be redeployed; nobody connects while they are. {@code returnTo}
 * is the status a successful repair leaves: Locked for a site that was locked (a repair does not
 * lift a lock), Ready otherwise (from Ready or Fault).
 */
@Revision("1")
public record RepairRequested(String siteId, String operationId, SiteStatus returnTo) implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return SiteStatus.Repairing;
    }
}
