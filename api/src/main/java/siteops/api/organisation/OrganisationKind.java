package siteops.api.organisation;

/** What an organisation is to the hosting provider: a partner that resells sites, or one of its clients. */
public enum OrganisationKind {
    PARTNER,
    CLIENT
}
