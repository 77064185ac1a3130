package siteops.query.web;

import siteops.api.query.PageRequest;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

/** Reads the {@code page} and {@code size} parameters of a paged route. */
public final class Paging {

    private Paging() {
    }

    public static PageRequest of(int page, int size) {
        if (page < 1) {
            throw new RefusedException(RefusalCode.INVALID_REQUEST, "page: pages are numbered from 1");
        }
        if (size < 1 || size > PageRequest.MAX_SIZE) {
            throw new RefusedException(RefusalCode.INVALID_REQUEST,
                    "size: between 1 and " + PageRequest.MAX_SIZE);
        }
        return new PageRequest(page, size);
    }
}
