package siteops.api.site;

/** A site's settings after a modification, with the site's revision. */
public record SiteSettings(String siteId, String plan, String timeZone, boolean siteAdministration, long revision) {
}
