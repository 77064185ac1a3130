package siteops.api.query;

import siteops.api.access.Actor;

/** One organisation, if {@code viewer} may see it; refused with ORGANISATION_NOT_FOUND otherwise. */
public record FindOrganisation(Actor viewer, String organisationId) {
}
