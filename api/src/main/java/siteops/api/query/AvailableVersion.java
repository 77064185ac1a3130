package siteops.api.query;

import siteops.api.catalog.VersionKind;

import java.time.LocalDate;
import java.util.Locale;

/** A line of the update dialog, e.g. {@code 2021.3 (Version complète)}, released 2021-12-08. */
public record AvailableVersion(String version, LocalDate releasedOn, VersionKind kind, String label) {

    /** The same version, its label in {@code language} (French or English). */
    public AvailableVersion labelledIn(Locale language) {
        return new AvailableVersion(version, releasedOn, kind, kind.labelOf(version, language));
    }
}
