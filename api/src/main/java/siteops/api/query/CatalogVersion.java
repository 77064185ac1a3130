package siteops.api.query;

import siteops.api.catalog.VersionKind;

import java.time.LocalDate;
import java.util.Locale;

public record CatalogVersion(String product, String version, LocalDate releasedOn, VersionKind kind, String label) {

    /** The same version, its label in {@code language} (French or English). */
    public CatalogVersion labelledIn(Locale language) {
        return new CatalogVersion(product, version, releasedOn, kind, kind.labelOf(version, language));
    }
}
