package siteops.api.organisation;

import org.axonframework.serialization.Revision;

/** An organisation exists from now on: a partner ({@code partnerId} null) or a client of {@code partnerId}. */
@Revision("1")
public record OrganisationCreated(String organisationId, String name, OrganisationKind kind, String partnerId) {
}
