package siteops.api.query;

import siteops.api.access.Actor;

/** One update of a site. Answers {@link UpdateProgress}; refused with SITE_NOT_FOUND or UPDATE_NOT_FOUND. */
public record FindUpdateProgress(Actor viewer, String siteId, String updateId) {
}
