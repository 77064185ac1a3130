package siteops.api.query;

import siteops.api.access.Actor;

/**
 * A subscription to the sites {@code viewer} may see that match {@code filter}: answers how many
 * there are now ({@link Long}), then a {@link SiteChanged} each time the read side has written a
 * newer revision of one of them (matching the filter after the change).
 */
public record WatchSites(Actor viewer, SiteFilter filter) {
}
