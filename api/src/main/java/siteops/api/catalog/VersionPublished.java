package siteops.api.catalog;

import java.time.LocalDate;

public record VersionPublished(String product, String version, LocalDate releasedOn, VersionKind kind) {
}
