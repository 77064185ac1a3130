package siteops.api.query;

/**
 * A site as it was: its detail then, the global position of the last event it reflects, and its
 * revision (that event's sequence number, the site's {@code ETag} then).
 */
public record SiteAsOf(SiteDetail site, long position, long revision) {
}
