package siteops.api.query;

import siteops.api.access.Actor;

/** One site, if {@code viewer} may see it. Answers {@link SiteDetailResult}; refused with SITE_NOT_FOUND otherwise. */
public record FindSite(Actor viewer, String siteId) {
}
