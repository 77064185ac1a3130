package siteops.command.site;

import siteops.api.site.Edition;
import siteops.api.site.SiteRegistered;
import siteops.api.site.SiteType;

import java.util.List;

/** Histories to start aggregate tests from. */
final class SiteEvents {

    static final String SITE = "site-1";

    private SiteEvents() {
    }

    /** SAGE-CS of the help page: acme's site for its client {@code client}. */
    static SiteRegistered registered(Edition edition, String version, List<String> companies) {
        return new SiteRegistered(SITE, "SAGE-CS", "Sage 100", edition, version, "Normal", SiteType.Staging,
                "Europe/Paris", true, "H328128", "acme", "client", companies);
    }
}
