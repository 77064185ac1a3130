package siteops.api.site;

import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site's revision as an HTTP entity tag: {@code "7"} is revision 7. {@code If-Match} accepts one
 * strong tag, or {@code *}; a weak tag never matches (RFC 9110), so it is refused.
 */
public final class Revisions {

    private static final Pattern ENTITY_TAG = Pattern.compile("\"(\\d{1,18})\"");

    private Revisions() {
    }

    public static String entityTag(long revision) {
        return "\"" + revision + "\"";
    }

    /** The revision an {@code If-Match} header expects, or null when there is no header or it is {@code *}. */
    public static Long expectedBy(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw new RefusedException(RefusalCode.INVALID_REQUEST,
                    "If-Match: expected the site's ETag, one strong entity tag such as \"3\", got " + ifMatch);
        }
        return Long.parseLong(matcher.group(1));
    }
}
