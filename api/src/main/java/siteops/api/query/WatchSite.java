package siteops.api.query;

import siteops.api.access.Actor;

/**
 * A subscription to one site, if {@code viewer} may see it: answers {@link SiteDetailResult} (the
 * site now), then a {@link SiteChanged} each time the read side has written a newer revision of it.
 * Refused with SITE_NOT_FOUND otherwise.
 */
public record WatchSite(Actor viewer, String siteId) {
}
