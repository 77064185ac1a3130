package siteops.api.query;

import java.util.List;

/**
 * A page of SiteSummary items; a concrete type rather than a generic page so that answers crossing
 * Axon Server deserialize to typed items. {@code page}: its number, null for a page asked for by
 * cursor; {@code next}: the cursor of the page after it (null on the last), whichever way it was
 * asked for.
 */
public record SiteSummaryPage(List<SiteSummary> items, Integer page, int size, long totalItems, int totalPages,
                              String next) {

    public SiteSummaryPage {
        items = List.copyOf(items);
    }

    public static SiteSummaryPage of(List<SiteSummary> items, Integer page, PageRequest request, long totalItems,
                                     String next) {
        return new SiteSummaryPage(items, page, request.size(), totalItems, request.totalPages(totalItems), next);
    }
}
