package siteops.command.site;

import siteops.api.text.TextFolding;
import siteops.command.access.Refusals;

import java.util.Locale;

/** The values no two sites may share; a site's registration claims them in its own unit of work. */
public interface SiteKeys {

    /**
     * A key is the id of its {@link SiteKey} aggregate, which the event store holds in 255
     * characters. Folded, a text can grow well beyond its 100 characters: the ligature U+FDFA
     * alone spells out to 18 letters.
     */
    int MAX_KEY_LENGTH = 255;

    /** Claims {@code key} for {@code siteId}, or refuses with {@code SITE_ALREADY_REGISTERED}. */
    void claim(String key, String siteId, String description);

    /**
     * Site names are unique whatever their case or compatibility form ("Straße" is "STRASSE", a
     * full-width "ＳＡＧＥ" is "SAGE"). The key of a plain ASCII name is its lower case, as it was
     * before names were folded, so that the names claimed then keep refusing their duplicates.
     */
    static String nameKey(String name) {
        return bounded("name", "site-name:" + TextFolding.fold(name.trim()));
    }

    /**
     * Serial numbers are unique alike; the key of a plain ASCII serial number is its upper case,
     * as it was before serial numbers were folded.
     */
    static String serialNumberKey(String serialNumber) {
        return bounded("serialNumber",
                "serial-number:" + TextFolding.fold(serialNumber.trim()).toUpperCase(Locale.ROOT));
    }

    private static String bounded(String field, String key) {
        if (key.length() > MAX_KEY_LENGTH) {
            throw Refusals.invalid(field + ": too long once its ligatures and compatibility characters are "
                    + "spelled out, as siteops compares it");
        }
        return key;
    }
}
