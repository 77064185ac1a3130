package siteops.api.site;

import java.util.List;

/** What {@link RegisterSites} answers: each new site, in the order asked. */
public record SiteRegistrations(List<SiteRegistration> sites) {

    public SiteRegistrations {
        sites = List.copyOf(sites);
    }
}
