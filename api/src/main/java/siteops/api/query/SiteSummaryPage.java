package siteops.api.query;

import java.util.List;

/** A page of SiteSummary items; a concrete type rather than a generic page so that answers crossing Axon Server deserialize to typed items. */
public record SiteSummaryPage(List<SiteSummary> items, int page, int size, long totalItems, int totalPages) {

    public SiteSummaryPage {
        items = List.copyOf(items);
    }

    public static SiteSummaryPage of(List<SiteSummary> items, PageRequest request, long totalItems) {
        return new SiteSummaryPage(items, request.page(), request.size(), totalItems, request.totalPages(totalItems));
    }
}
