package siteops.api.query;

import siteops.api.access.Actor;
import siteops.api.organisation.OrganisationKind;

/** The organisations {@code viewer} may see ({@link Actor#canSeeOrganisation}), of one kind or of both (null). */
public record FindOrganisations(Actor viewer, OrganisationKind kind, PageRequest page) {
}
