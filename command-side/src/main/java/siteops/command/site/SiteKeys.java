package siteops.command.site;

import siteops.api.text.TextFolding;

import java.util.Locale;

/** The values no two sites may share; a site's registration claims them in its own unit of work. */
public interface SiteKeys {

    /** Claims {@code key} for {@code siteId}, or refuses with {@code SITE_ALREADY_REGISTERED}. */
    void claim(String key, String siteId, String description);

    /**
     * Site names are unique whatever their case or compatibility form ("Straße" is "STRASSE", a
     * full-width "ＳＡＧＥ" is "SAGE"). The key of a plain ASCII name is its lower case, as it was
     * before names were folded, so that the names claimed then keep refusing their duplicates.
     */
    static String nameKey(String name) {
        return "site-name:" + TextFolding.fold(name.trim());
    }

    /**
     * Serial numbers are unique alike; the key of a plain ASCII serial number is its upper case,
     * as it was before serial numbers were folded.
     */
    static String serialNumberKey(String serialNumber) {
        return "serial-number:" + TextFolding.fold(serialNumber.trim()).toUpperCase(Locale.ROOT);
    }
}
