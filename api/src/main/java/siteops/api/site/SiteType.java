package siteops.api.site;

/** Spelled as the portal shows them; these are the values on the wire. */
public enum SiteType {
    Staging,
    Production
}
