package siteops.query.site;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import siteops.api.query.PageRequest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A page of the sites matching a filter, in name order, and how many match. A real MongoDB
 * answers from the indexes of {@link SiteCollection}. The embedded server has no secondary
 * indexes: it would sort every matching document for each page, so the listing asks it only for
 * the names and ids of the matches, orders them here, and fetches the page's documents by id.
 * A page is asked for by number, or by cursor: the sites after the last of the page before
 * ({@link SiteCursor}), which keeps its place while sites are added or removed.
 */
@Component
public class SiteListing {

    private static final Comparator<Document> NAME_ORDER = Comparator
            .comparing((Document key) -> key.getString(SiteCollection.SORT_NAME))
            .thenComparing(key -> key.getString("_id"));

    private final SiteCollection sites;
    private final boolean orderInApplication;

    public SiteListing(SiteCollection sites, @Value("#{'${siteops.mongodb.uri:}'.isBlank()}") boolean embeddedStore) {
        this.sites = sites;
        this.orderInApplication = embeddedStore;
    }

    Page page(Bson filter, PageRequest page) {
        return orderInApplication ? orderedHere(filter, null, page.offset(), page.size())
                : orderedByTheServer(filter, null, page.offset(), page.size());
    }

    /** The {@code size} sites after {@code cursor}. */
    Page after(Bson filter, SiteCursor cursor, int size) {
        return orderInApplication ? orderedHere(filter, cursor, 0, size) : orderedByTheServer(filter, cursor, 0, size);
    }

    /** One more than the page is asked for, to tell whether a page follows. */
    private Page orderedByTheServer(Bson filter, SiteCursor cursor, int offset, int size) {
        long total = sites.documents().countDocuments(filter);
        Bson from = cursor == null ? filter : Filters.and(filter, Filters.or(
                Filters.gt(SiteCollection.SORT_NAME, cursor.sortName()),
                Filters.and(Filters.eq(SiteCollection.SORT_NAME, cursor.sortName()), Filters.gt("_id", cursor.siteId()))));
        List<Document> documents = sites.documents().find(from)
                .sort(Sorts.ascending(SiteCollection.SORT_NAME, "_id"))
                .skip(offset)
                .limit(size + 1)
                .into(new ArrayList<>());
        boolean more = documents.size() > size;
        return new Page(more ? documents.subList(0, size) : documents, total, more);
    }

    private Page orderedHere(Bson filter, SiteCursor cursor, int offset, int size) {
        List<Document> keys = sites.documents().find(filter)
                .projection(Projections.include(SiteCollection.SORT_NAME))
                .into(new ArrayList<>());
        keys.sort(NAME_ORDER);
        int start = cursor == null ? offset : firstAfter(keys, cursor);
        List<String> pageIds = keys.stream().skip(start).limit(size).map(key -> key.getString("_id")).toList();
        Map<String, Document> byId = pageIds.isEmpty() ? Map.of() : sites.documents()
                .find(Filters.in("_id", pageIds)).into(new ArrayList<>()).stream()
                .collect(Collectors.toMap(document -> document.getString("_id"), Function.identity()));
        List<Document> documents = pageIds.stream().map(byId::get).filter(document -> document != null).toList();
        return new Page(documents, keys.size(), (long) start + size < keys.size());
    }

    /** The position of the first key after the cursor, in keys sorted by {@link #NAME_ORDER}. */
    private static int firstAfter(List<Document> keys, SiteCursor cursor) {
        int low = 0;
        int high = keys.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cursor.isBefore(keys.get(middle))) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /** {@code more}: sites follow the page. */
    record Page(List<Document> documents, long totalItems, boolean more) {
    }
}
