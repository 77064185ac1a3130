package siteops.api.query;

import java.util.List;
import java.util.Locale;

/** A page of AvailableVersion items; a concrete type rather than a generic page so that answers crossing Axon Server deserialize to typed items. */
public record AvailableVersionPage(List<AvailableVersion> items, int page, int size, long totalItems, int totalPages) {

    public AvailableVersionPage {
        items = List.copyOf(items);
    }

    /** The same page, its labels in {@code language} (French or English). */
    public AvailableVersionPage labelledIn(Locale language) {
        return new AvailableVersionPage(items.stream().map(item -> item.labelledIn(language)).toList(), page, size,
                totalItems, totalPages);
    }

    public static AvailableVersionPage of(List<AvailableVersion> items, PageRequest request, long totalItems) {
        return new AvailableVersionPage(items, request.page(), request.size(), totalItems, request.totalPages(totalItems));
    }
}
