package siteops.api.query;

import siteops.api.site.Edition;
import siteops.api.site.SiteStatus;
import siteops.api.site.SiteType;

/**
 * Narrows the site list; null fields do not filter. {@code text} matches a case-insensitive
 * substring of the name or serial number, as plain text, or of their folded forms
 * ({@link siteops.api.text.TextFolding}).
 */
public record SiteFilter(SiteStatus status, Edition edition, SiteType type, String text) {

    public static SiteFilter none() {
        return new SiteFilter(null, null, null, null);
    }
}
