package siteops.api.site;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Changes settings of a site: each field is the new value, or null to keep the current one.
 * {@code expectedRevision}: the caller's {@code If-Match}, or null.
 */
public record ChangeSiteSettings(
        @TargetAggregateIdentifier String siteId,
        String plan,
        String timeZone,
        Boolean siteAdministration,
        Long expectedRevision) {
}
