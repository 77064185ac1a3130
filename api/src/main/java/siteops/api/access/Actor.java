package siteops.api.access;

import java.util.Objects;

/**
 * Who is asking: the authenticated user, the role they act in, and the organisation (partner or
 * client id) they belong to. Operators belong to no organisation.
 */
public record Actor(String userId, Role role, String organisationId) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        if (!role.seesEverything() && (organisationId == null || organisationId.isBlank())) {
            throw new IllegalArgumentException("a " + role + " actor belongs to an organisation");
        }
    }

    public static Actor operator(String userId) {
        return new Actor(userId, Role.OPERATOR, null);
    }

    /** The tenancy rule of the portal: a partner sees its sites and its clients' sites, a client its own. */
    public boolean canSee(String partnerId, String clientId) {
        return switch (role) {
            case OPERATOR, AUDITOR -> true;
            case PARTNER -> organisationId.equals(partnerId);
            case CLIENT -> organisationId.equals(clientId);
        };
    }

    /** An organisation as the same rule sees it: a partner sees itself and its clients, a client itself. */
    public boolean canSeeOrganisation(String organisationId, String partnerOfOrganisation) {
        return switch (role) {
            case OPERATOR, AUDITOR -> true;
            case PARTNER -> organisationId.equals(this.organisationId) || this.organisationId.equals(partnerOfOrganisation);
            case CLIENT -> organisationId.equals(this.organisationId);
        };
    }
}
