package siteops.api.query;

/** The version catalog, newest first, of one product or (null) of all. Answers a list of {@link CatalogVersion}. */
public record FindVersions(String product) {
}
