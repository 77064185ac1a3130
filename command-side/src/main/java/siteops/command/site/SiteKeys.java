package siteops.command.site;

import java.util.Locale;

/** The values no two sites may share; a site's registration claims them in its own unit of work. */
public interface SiteKeys {

    /** Claims {@code key} for {@code siteId}, or refuses with {@code SITE_ALREADY_REGISTERED}. */
    void claim(String key, String siteId, String description);

    /** Site names are unique whatever their case. */
    static String nameKey(String name) {
        return "site-name:" + name.trim().toLowerCase(Locale.ROOT);
    }

    static String serialNumberKey(String serialNumber) {
        return "serial-number:" + serialNumber.trim().toUpperCase(Locale.ROOT);
    }
}
