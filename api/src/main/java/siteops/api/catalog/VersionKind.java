package siteops.api.catalog;

/** What a published version brings, with the words the portal's update dialog uses for it. */
public enum VersionKind {
    FULL("Version complète"),
    PATCH("Correctif");

    private final String portalLabel;

    VersionKind(String portalLabel) {
        this.portalLabel = portalLabel;
    }

    /** The dialog's label of a version of this kind, e.g. {@code 2021.3 (Version complète)}. */
    public String labelOf(String version) {
        return version + " (" + portalLabel + ")";
    }
}
