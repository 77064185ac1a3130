package siteops.api.query;

import siteops.api.site.ConnectionRefusal;
import siteops.api.site.SiteStatus;

/** What the hosting front door asks before letting a user in: may they connect now, and if not, why. */
public record SiteAccess(String siteId, SiteStatus status, boolean connectionsAllowed, ConnectionRefusal reason) {

    public static SiteAccess of(String siteId, SiteStatus status) {
        return new SiteAccess(siteId, status, status.connectionsAllowed(), status.connectionRefusal());
    }
}
