package siteops.api.organisation;

/** An organisation exists from now on: a partner ({@code partnerId} null) or a client of {@code partnerId}. */
public record OrganisationCreated(String organisationId, String name, OrganisationKind kind, String partnerId) {
}
