package siteops.api.access;

/** A client organisation belongs to a partner: from then on, only that partner registers sites for it. */
public record ClientAssigned(String clientId, String partnerId) {
}
