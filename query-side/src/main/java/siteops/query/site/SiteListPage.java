package siteops.query.site;

import java.util.List;

/** A page of the site list; {@code more}: sites follow it. */
record SiteListPage(List<SiteListEntry> entries, long totalItems, boolean more) {
}
