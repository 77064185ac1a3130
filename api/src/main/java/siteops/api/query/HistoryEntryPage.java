package siteops.api.query;

import java.util.List;

/** A page of HistoryEntry items; a concrete type rather than a generic page so that answers crossing Axon Server deserialize to typed items. */
public record HistoryEntryPage(List<HistoryEntry> items, int page, int size, long totalItems, int totalPages) {

    public HistoryEntryPage {
        items = List.copyOf(items);
    }

    public static HistoryEntryPage of(List<HistoryEntry> items, PageRequest request, long totalItems) {
        return new HistoryEntryPage(items, request.page(), request.size(), totalItems, request.totalPages(totalItems));
    }
}
