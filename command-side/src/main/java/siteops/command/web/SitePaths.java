package siteops.command.web;

import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.api.site.SiteIds;

/** Site ids taken from request paths. */
public final class SitePaths {

    private SitePaths() {
    }

    /** A path segment that cannot be a site id names no site: 404, before anything is loaded. */
    public static void requireWellFormed(String siteId) {
        if (!SiteIds.isWellFormed(siteId)) {
            throw new RefusedException(RefusalCode.SITE_NOT_FOUND, "no site " + siteId);
        }
    }
}
