package siteops.api.catalog;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Makes a version of a product available for updates. {@code version} is canonical (see {@link ProductVersion}). */
public record PublishVersion(String product, String version, LocalDate releasedOn, VersionKind kind) {

    @TargetAggregateIdentifier
    public String publishedVersionId() {
        return PublishedVersionId.of(product, version);
    }
}
