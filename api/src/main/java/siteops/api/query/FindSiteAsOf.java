package siteops.api.query;

import siteops.api.access.Actor;

import java.time.Instant;

/**
 * One site as it was at an instant, computed from its events stored up to then, if {@code viewer}
 * may see it. Answers {@link SiteAsOf}; refused with SITE_NOT_FOUND before the site existed.
 */
public record FindSiteAsOf(Actor viewer, String siteId, Instant at) {
}
