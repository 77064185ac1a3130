package siteops.query.history;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import siteops.api.query.FindSiteHistory;
import siteops.api.query.HistoryEntry;
import siteops.api.query.HistoryEntryPage;
import siteops.query.site.VisibleSites;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

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
        var ofSite = Filters.eq("siteId", query.siteId());
        List<HistoryEntry> entries = history.documents().find(ofSite)
                .sort(Sorts.descending("sequence"))
                .skip(query.page().offset())
                .limit(query.page().size())
                .map(SiteHistoryQueryHandler::toEntry)
                .into(new ArrayList<>());
        return HistoryEntryPage.of(entries, query.page(), history.documents().countDocuments(ofSite));
    }

    private static HistoryEntry toEntry(Document entry) {
        return new HistoryEntry(entry.getString("_id"), longValue(entry, "sequence"), instant(entry, "occurredAt"),
                entry.getString("type"), entry.getString("summary"), entry.getString("actor"),
                new LinkedHashMap<>(entry.get("details", Document.class)));
    }
}
