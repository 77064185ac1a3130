package siteops.api.query;

import siteops.api.site.Edition;
import siteops.api.site.SiteOperation;
import siteops.api.site.SiteStatus;
import siteops.api.site.SiteType;

import java.time.Instant;
import java.util.List;

/**
 * All of {@link SiteSummary}, plus the companies, whether users may connect, the running update
 * (also as the running operation) and what the portal may offer.
 */
public record SiteDetail(
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
        Instant lastChangedAt,
        List<CompanyView> companies,
        boolean connectionsAllowed,
        UpdateProgress currentUpdate,
        OperationView currentOperation,
        List<SiteOperation> allowedOperations) {
}
