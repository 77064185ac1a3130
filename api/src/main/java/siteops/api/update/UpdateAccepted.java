package siteops.api.update;

/** What {@link RequestUpdate} answers: the pending update and the site's new revision. */
public record UpdateAccepted(String updateId, String siteId, long revision) {
}
