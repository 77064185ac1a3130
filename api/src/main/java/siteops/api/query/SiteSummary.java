package siteops.api.query;

import siteops.api.site.Edition;
import siteops.api.site.SiteStatus;
import siteops.api.site.SiteType;

import java.time.Instant;

public record SiteSummary(
        String siteId,
        String name,
        SiteStatus status,
        String product,
        Edition edition,
        String productLabel,
        String version,
        String plan,
        SiteType type,
        String timeZone,
        String timeZoneLabel,
        boolean siteAdministration,
        String serialNumber,
        String partnerId,
        String clientId,
        int companyCount,
        Instant lastChangedAt) {
}
