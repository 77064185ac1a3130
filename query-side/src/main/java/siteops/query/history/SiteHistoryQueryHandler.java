package siteops.query.history;

import com.mongodb.client.model.Filters;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import siteops.api.query.FindSiteHistory;
import siteops.api.query.HistoryEntry;
import siteops.api.query.HistoryEntryPage;
import siteops.api.query.HistoryFilter;
import siteops.query.site.VisibleSites;
import siteops.query.store.SiteEntries;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

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
                narrowing(query.filter()), query.page(), entry -> toEntry(entry, query.language()));
        return HistoryEntryPage.of(page.items(), query.page(), page.totalItems());
    }

    private static List<Bson> narrowing(HistoryFilter filter) {
        List<Bson> conditions = new ArrayList<>();
        if (filter.type() != null) {
            conditions.add(Filters.eq("type", filter.type()));
        }
        if (filter.actor() != null) {
            conditions.add(Filters.eq("actor", filter.actor()));
        }
        if (filter.from() != null) {
            conditions.add(Filters.gte("occurredAt", Date.from(filter.from())));
        }
        if (filter.to() != null) {
            conditions.add(Filters.lte("occurredAt", Date.from(filter.to())));
        }
        return conditions;
    }

    private static HistoryEntry toEntry(Document entry, Locale language) {
        return new HistoryEntry(entry.getString("_id"), longValue(entry, "sequence"), instant(entry, "occurredAt"),
                entry.getString("type"), summary(entry, language), entry.getString("actor"),
                new LinkedHashMap<>(entry.get("details", Document.class)));
    }

    /** In the reader's language; an entry kept before summaries were kept as keys has its English sentence only. */
    private static String summary(Document entry, Locale language) {
        String key = entry.getString(HistoryCollection.SUMMARY_KEY);
        if (key == null) {
            return entry.getString(HistoryCollection.ENGLISH_SUMMARY);
        }
        return new HistorySummaries(key, entry.getList(HistoryCollection.SUMMARY_ARGUMENTS, String.class))
                .in(language);
    }
}
