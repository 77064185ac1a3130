package siteops.api.lifecycle;

import org.axonframework.serialization.Revision;
import siteops.api.site.SiteStatus;

/** The site is Locked: nobody connects until it is unlocked; {@code reason} is what the one who did it gave. */
@Revision("1")
public record SiteLocked(String siteId, String reason) implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return SiteStatus.Locked;
    }
}
