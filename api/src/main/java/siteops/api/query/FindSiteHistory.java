package siteops.api.query;

import siteops.api.access.Actor;

/** A site's operation history, newest first, filtered. Answers {@link HistoryEntryPage}. */
public record FindSiteHistory(Actor viewer, String siteId, PageRequest page, HistoryFilter filter) {

    public FindSiteHistory(Actor viewer, String siteId, PageRequest page) {
        this(viewer, siteId, page, HistoryFilter.none());
    }
}
