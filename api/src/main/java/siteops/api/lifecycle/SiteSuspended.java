package siteops.api.lifecycle;

import org.axonframework.serialization.Revision;
import siteops.api.site.SiteStatus;

/**
 * The site is Suspended: its databases are kept, nobody connects until it is resumed; {@code reason}
 * is what the one who did it gave.
 */
@Revision("1")
public record SiteSuspended(String siteId, String reason) implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return SiteStatus.Suspended;
    }
}
