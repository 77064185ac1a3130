package siteops.query.site;

import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A position in the site list, which is in name order (then id): the key of the last site of a
 * page. The page after it starts at the first site whose key is greater, so it neither repeats
 * nor skips a site that did not change while a client pages, whatever was added or removed
 * meanwhile. Opaque to clients: the key, Base64url-encoded.
 */
record SiteCursor(String sortName, String siteId) {

    private static final char SEPARATOR = '\n';
    private static final int MAX_LENGTH = 1_000;

    static SiteCursor of(SiteListEntry site) {
        return new SiteCursor(site.sortName(), site.siteId());
    }

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((sortName + SEPARATOR + siteId).getBytes(StandardCharsets.UTF_8));
    }

    static SiteCursor decode(String cursor) {
        try {
            if (cursor.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            String key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = key.lastIndexOf(SEPARATOR);
            if (separator < 0) {
                throw new IllegalArgumentException("no separator");
            }
            return new SiteCursor(key.substring(0, separator), key.substring(separator + 1));
        } catch (IllegalArgumentException e) {
            throw new RefusedException(RefusalCode.INVALID_REQUEST, "after: not a cursor of this list (give the "
                    + "next of an earlier answer)");
        }
    }

    /** Whether the site of these keys comes after this position in the list's order. */
    boolean isBefore(String siteSortName, String siteSiteId) {
        int byName = siteSortName.compareTo(sortName);
        return byName > 0 || byName == 0 && siteSiteId.compareTo(siteId) > 0;
    }
}
