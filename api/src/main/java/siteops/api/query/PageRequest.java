package siteops.api.query;

import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

/** A 1-based page of {@code size} items; anything else is refused as an invalid request. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    /** The default size as a request parameter's default value, which must be a constant string. */
    public static final String DEFAULT_SIZE_PARAMETER = "10";

    public PageRequest {
        if (page < 1) {
            throw new RefusedException(RefusalCode.INVALID_REQUEST, "page: pages are numbered from 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new RefusedException(RefusalCode.INVALID_REQUEST, "size: between 1 and " + MAX_SIZE);
        }
        if ((long) (page - 1) * size > Integer.MAX_VALUE) {
            throw new RefusedException(RefusalCode.INVALID_REQUEST, "page: too far for pages of " + size);
        }
    }

    public int offset() {
        return (page - 1) * size;
    }

    public int totalPages(long totalItems) {
        return (int) ((totalItems + size - 1) / size);
    }
}
