package siteops.query.history;

import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import siteops.api.query.FindSiteHistory;
import siteops.api.query.HistoryEntry;
import siteops.api.query.HistoryEntryPage;
import siteops.query.site.VisibleSites;
import siteops.query.store.SiteEntries;

import java.util.LinkedHashMap;

import static siteops.query.store.Documents.instant;
import static siteops.query.store.Documents.longValue;

@Component
public class SiteHistoryQueryHandler {

    private final HistoryCollection history;
    private final VisibleSites visibleSites;

    public SiteHistoryQueryHandler(HistoryCollection history, VisibleSites visibleSites) {
        this.history = history;
        this.visibleSites = visibleSites;
    }

    @QueryHandler
    public HistoryEntryPage handle(FindSiteHistory query) {
        visibleSites.require(query.viewer(), query.siteId());
        SiteEntries.Page<HistoryEntry> page = history.entries().newestFirst(query.siteId(),
                query.page(), SiteHistoryQueryHandler::toEntry);
        return HistoryEntryPage.of(page.items(), query.page(), page.totalItems());
    }

    private static HistoryEntry toEntry(Document entry) {
        return new HistoryEntry(entry.getString("_id"), longValue(entry, "sequence"), instant(entry, "occurredAt"),
                entry.getString("type"), entry.getString("summary"), entry.getString("actor"),
                new LinkedHashMap<>(entry.get("details", Document.class)));
    }
}
