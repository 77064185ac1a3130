package siteops.query.site;

import siteops.api.query.SiteFilter;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.api.site.Edition;
import siteops.api.site.SiteStatus;
import siteops.api.site.SiteType;

/** The site list's filters as a reader gives them in a query string, the search text checked. */
public final class SiteFilters {

    static final int MAX_SEARCH_LENGTH = 100;

    private SiteFilters() {
    }

    public static SiteFilter of(SiteStatus status, Edition edition, SiteType type, String q) {
        if (q != null && (q.length() > MAX_SEARCH_LENGTH || q.chars().anyMatch(Character::isISOControl))) {
            throw new RefusedException(RefusalCode.INVALID_REQUEST,
                    "q: printable text of at most " + MAX_SEARCH_LENGTH + " characters");
        }
        return new SiteFilter(status, edition, type, q);
    }
}
