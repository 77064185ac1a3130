package siteops.api.query;

/** A company database hosted by a site, and the version its data is on. */
public record CompanyView(String name, String version) {
}
