package siteops.api.catalog;

import siteops.api.text.Languages;

import java.util.Locale;

/**
 * What a published version brings, with the words the portal's update dialog uses for it: in
 * French, the portal's language, or in English.
 */
public enum VersionKind {
    FULL("Version complète", "Full version"),
    PATCH("Correctif", "Patch");

    private final String portalLabel;
    private final String englishLabel;

    VersionKind(String portalLabel, String englishLabel) {
        this.portalLabel = portalLabel;
        this.englishLabel = englishLabel;
    }

    /** The dialog's label of a version of this kind, e.g. {@code 2021.3 (Version complète)}. */
    public String labelOf(String version) {
        return version + " (" + portalLabel + ")";
    }

    /** {@code 2021.3 (Full version)} where the language asked for is English; the portal's label otherwise. */
    public String labelOf(String version, Locale language) {
        return version + " (" + (Languages.isEnglish(language) ? englishLabel : portalLabel) + ")";
    }
}
