package siteops.api.query;

/** A 1-based page of {@code size} items. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page starts at 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size is between 1 and " + MAX_SIZE);
        }
    }

    public int offset() {
        return (page - 1) * size;
    }

    public int totalPages(long totalItems) {
        return (int) ((totalItems + size - 1) / size);
    }
}
