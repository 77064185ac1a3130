package siteops.api.update;

import siteops.api.site.SiteStatus;

/** What {@link RequestUpdate} answers: the pending update, the site's status and its new revision. */
public record UpdateAccepted(String updateId, String siteId, SiteStatus status, long revision) {
}
