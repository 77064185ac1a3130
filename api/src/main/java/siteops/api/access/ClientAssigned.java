package siteops.api.access;

import siteops.api.organisation.OrganisationKind;

/**
 * Stored by siteops before organisations were created explicitly: the first site registered for a
 * client assigned it to that site's partner, and every registration assigned the partner's own id
 * to the partner itself. Nothing emits it any more; stores written then still hold it, and it
 * still means that the organisation exists: a partner when both ids are the same, otherwise a
 * client of {@code partnerId}.
 */
public record ClientAssigned(String clientId, String partnerId) {

    public OrganisationKind organisationKind() {
        return clientId.equals(partnerId) ? OrganisationKind.PARTNER : OrganisationKind.CLIENT;
    }
}
