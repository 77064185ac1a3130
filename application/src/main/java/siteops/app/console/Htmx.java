package siteops.app.console;

import jakarta.servlet.http.HttpServletRequest;

/** What htmx says of a request it sends (its headers). */
final class Htmx {

    private Htmx() {
    }

    /** Sent by htmx, which swaps a fragment of the answer into the page, rather than by a plain link or form. */
    static boolean isHtmx(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request"));
    }
}
