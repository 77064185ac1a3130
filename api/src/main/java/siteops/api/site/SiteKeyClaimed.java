package siteops.api.site;

/** A value that identifies one site only (its name, its serial number) is now taken by {@code siteId}. */
public record SiteKeyClaimed(String key, String siteId) {
}
