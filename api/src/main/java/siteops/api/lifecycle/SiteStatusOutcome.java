package siteops.api.lifecycle;

import siteops.api.site.SiteStatus;

/** What a lock, unlock, suspension or resumption answers: the site's status and revision after it. */
public record SiteStatusOutcome(String siteId, SiteStatus status, long revision) {
}
