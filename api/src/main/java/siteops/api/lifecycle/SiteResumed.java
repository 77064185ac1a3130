package siteops.api.lifecycle;

import org.axonframework.serialization.Revision;
import siteops.api.site.SiteStatus;

/** The site is resumed: Ready again, its users may connect. */
@Revision("1")
public record SiteResumed(String siteId) implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return SiteStatus.Ready;
    }
}
