package siteops.api.query;

import siteops.api.access.Actor;

/** A site's operation history, newest first. Answers {@link HistoryEntryPage}. */
public record FindSiteHistory(Actor viewer, String siteId, PageRequest page) {
}
