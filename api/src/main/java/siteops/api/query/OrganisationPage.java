package siteops.api.query;

import java.util.List;

/** A page of organisations, sorted by id; a concrete type so that answers crossing Axon Server keep typed items. */
public record OrganisationPage(List<OrganisationView> items, int page, int size, long totalItems, int totalPages) {

    public OrganisationPage {
        items = List.copyOf(items);
    }

    public static OrganisationPage of(List<OrganisationView> items, PageRequest request, long totalItems) {
        return new OrganisationPage(items, request.page(), request.size(), totalItems, request.totalPages(totalItems));
    }
}
