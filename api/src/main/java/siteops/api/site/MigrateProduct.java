package siteops.api.site;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Moves a site to another edition of its product. {@code requestedVersion} is whatever version
 * the request named (normally none): migration never changes the version, so naming one is
 * refused. {@code expectedRevision} is the site's revision the caller saw ({@code If-Match}),
 * or null.
 */
public record MigrateProduct(
        @TargetAggregateIdentifier String siteId,
        Edition targetEdition,
        String requestedVersion,
        Long expectedRevision) {
}
