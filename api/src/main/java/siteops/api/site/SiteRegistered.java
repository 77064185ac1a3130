package siteops.api.site;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;

import java.util.List;

@Revision("1")
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
        List<String> companies) implements SiteStatusChange {

    public SiteRegistered {
        companies = List.copyOf(companies);
    }

    @Override
    public SiteStatus statusAfter() {
        return SiteStatus.Ready;
    }
}
