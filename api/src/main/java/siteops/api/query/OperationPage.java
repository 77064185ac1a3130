package siteops.api.query;

import java.util.List;

/** A page of OperationView items; a concrete type rather than a generic page so that answers crossing Axon Server deserialize to typed items. */
public record OperationPage(List<OperationView> items, int page, int size, long totalItems, int totalPages) {

    public OperationPage {
        items = List.copyOf(items);
    }

    public static OperationPage of(List<OperationView> items, PageRequest request, long totalItems) {
        return new OperationPage(items, request.page(), request.size(), totalItems, request.totalPages(totalItems));
    }
}
