package siteops.api.site;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/** Site ids are UUIDs; anything else names no site. */
public final class SiteIds {

    private static final Pattern UUID_FORMAT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private SiteIds() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The same id for the same name, every time: for sites whose id must be known in advance (demo data). */
    public static String fromName(String name) {
        return UUID.nameUUIDFromBytes(("site:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static boolean isWellFormed(String siteId) {
        return siteId != null && UUID_FORMAT.matcher(siteId).matches();
    }
}
