package siteops.api.query;

import siteops.api.catalog.VersionKind;

import java.time.LocalDate;

public record CatalogVersion(String product, String version, LocalDate releasedOn, VersionKind kind, String label) {
}
