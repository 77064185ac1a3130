package siteops.api.catalog;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record VersionPublished(String product, String version, LocalDate releasedOn, VersionKind kind) {
}
