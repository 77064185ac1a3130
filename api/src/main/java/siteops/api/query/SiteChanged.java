package siteops.api.query;

/**
 * The read side has written a site's revision {@code revision}: what subscribers to the site are
 * told, with the site as the list shows it then ({@code summary}).
 */
public record SiteChanged(String siteId, long revision, SiteSummary summary) {
}
