package siteops.api.query;

import siteops.api.organisation.OrganisationKind;

import java.time.Instant;

/** An organisation as the API shows it; {@code partnerId} is null for a partner. */
public record OrganisationView(String organisationId, String name, OrganisationKind kind, String partnerId,
                               Instant createdAt) {
}
