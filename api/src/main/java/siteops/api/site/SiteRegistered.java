package siteops.api.site;

import java.util.List;

public record SiteRegistered(
        String siteId,
        String name,
        String product,
        Edition edition,
        String version,
        String plan,
        SiteType type,
        String timeZone,
        boolean siteAdministration,
        String serialNumber,
        String partnerId,
        String clientId,
        List<String> companies) {

    public SiteRegistered {
        companies = List.copyOf(companies);
    }
}
