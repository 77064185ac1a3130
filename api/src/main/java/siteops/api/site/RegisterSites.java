package siteops.api.site;

import java.util.List;

/** Registers many sites at once (a partner's fleet being brought in): all of them, or none. */
public record RegisterSites(List<RegisterSite> sites) {

    public RegisterSites {
        sites = List.copyOf(sites);
    }
}
