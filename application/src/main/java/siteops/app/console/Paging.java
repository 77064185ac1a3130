package siteops.app.console;

/** A page of a table as the console shows it: "Afficher les items 1 - 10 de 42", and where the arrows lead. */
public record Paging(int page, int size, long totalItems, int totalPages) {

    /** An empty table is one page. */
    public Paging {
        totalPages = Math.max(totalPages, 1);
    }

    public long first() {
        return totalItems == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    public long last() {
        return Math.min((long) page * size, totalItems);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages;
    }
}
