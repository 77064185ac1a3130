package siteops.api.query;

import siteops.api.access.Actor;

import java.util.Locale;

/**
 * A site's operation history, newest first, filtered, its summaries in {@code language} (French
 * unless English). Answers {@link HistoryEntryPage}.
 */
public record FindSiteHistory(Actor viewer, String siteId, PageRequest page, HistoryFilter filter, Locale language) {

    public FindSiteHistory(Actor viewer, String siteId, PageRequest page, Locale language) {
        this(viewer, siteId, page, HistoryFilter.none(), language);
    }
}
