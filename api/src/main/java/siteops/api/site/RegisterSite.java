package siteops.api.site;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Registers a hosted site. {@code version} is canonical; {@code companies} are the company databases it hosts. */
public record RegisterSite(
        @TargetAggregateIdentifier String siteId,
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

    public RegisterSite {
        companies = List.copyOf(companies);
    }
}
