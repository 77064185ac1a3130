package siteops.api.update;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks for a site to be updated to {@code targetVersion} (canonical). {@code expectedRevision}
 * is the site's revision the caller saw ({@code If-Match}), or null.
 */
public record RequestUpdate(
        @TargetAggregateIdentifier String siteId,
        String updateId,
        String targetVersion,
        Long expectedRevision) {
}
