package siteops.api.query;

import java.util.List;

/** A page of BackupView items; a concrete type rather than a generic page so that answers crossing Axon Server deserialize to typed items. */
public record BackupPage(List<BackupView> items, int page, int size, long totalItems, int totalPages) {

    public BackupPage {
        items = List.copyOf(items);
    }

    public static BackupPage of(List<BackupView> items, PageRequest request, long totalItems) {
        return new BackupPage(items, request.page(), request.size(), totalItems, request.totalPages(totalItems));
    }
}
