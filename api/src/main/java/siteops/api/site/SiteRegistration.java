package siteops.api.site;

/** What {@link RegisterSite} answers: the new site and its first revision. */
public record SiteRegistration(String siteId, long revision) {
}
