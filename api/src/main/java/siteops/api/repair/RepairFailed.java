package siteops.api.repair;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

/** The repair failed: the site's state is unknown ({@code Fault}) until a repair or a restore succeeds. */
@Revision("1")
public record RepairFailed(String siteId, String operationId, String reason) implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return SiteStatus.Fault;
    }
}
