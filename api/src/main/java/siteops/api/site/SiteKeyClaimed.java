package siteops.api.site;

import org.axonframework.serialization.Revision;

/** A value that identifies one site only (its name, its serial number) is now taken by {@code siteId}. */
@Revision("1")
public record SiteKeyClaimed(String key, String siteId) {
}
