package siteops.api.organisation;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Creates a partner (by the operator) or a client of a partner (by the operator or that partner).
 * {@code partnerId} is the client's partner, and null for a partner.
 */
public record CreateOrganisation(String organisationId, String name, OrganisationKind kind, String partnerId) {

    @TargetAggregateIdentifier
    public String organisationStreamId() {
        return OrganisationIds.streamOf(organisationId);
    }
}
