package siteops.api.organisation;

import siteops.api.access.ClientAssigned;

import java.util.Optional;

/**
 * What the rules need to know of an organisation: what it is and, for a client, its partner. It
 * never changes once the organisation exists. Read from an organisation's first event, the
 * legacy {@link ClientAssigned} included.
 */
public record Membership(String organisationId, OrganisationKind kind, String partnerId) {

    public static Optional<Membership> of(Object firstEvent) {
        if (firstEvent instanceof OrganisationCreated created) {
            return Optional.of(new Membership(created.organisationId(), created.kind(), created.partnerId()));
        }
        if (firstEvent instanceof ClientAssigned assigned) {
            return Optional.of(new Membership(assigned.clientId(), assigned.organisationKind(),
                    assigned.organisationKind() == OrganisationKind.CLIENT ? assigned.partnerId() : null));
        }
        return Optional.empty();
    }

    public boolean isPartner() {
        return kind == OrganisationKind.PARTNER;
    }

    public boolean isClientOf(String partner) {
        return kind == OrganisationKind.CLIENT && partnerId.equals(partner);
    }
}
