package siteops.api.query;

/** A site's detail and the site's revision it reflects (the {@code ETag} a client sends back in {@code If-Match}). */
public record SiteDetailResult(SiteDetail site, long revision) {
}
