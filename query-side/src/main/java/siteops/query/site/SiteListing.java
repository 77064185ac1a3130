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
        return orderInApplication ? orderedHere(filter, page) : orderedByTheServer(filter, page);
    }

    private Page orderedByTheServer(Bson filter, PageRequest page) {
        long total = sites.documents().countDocuments(filter);
        List<Document> documents = sites.documents().find(filter)
                .sort(Sorts.ascending(SiteCollection.SORT_NAME, "_id"))
                .skip(page.offset())
                .limit(page.size())
                .into(new ArrayList<>());
        return new Page(documents, total);
    }

    private Page orderedHere(Bson filter, PageRequest page) {
        List<Document> keys = sites.documents().find(filter)
                .projection(Projections.include(SiteCollection.SORT_NAME))
                .into(new ArrayList<>());
        keys.sort(NAME_ORDER);
        List<String> pageIds = keys.stream().skip(page.offset()).limit(page.size())
                .map(key -> key.getString("_id")).toList();
        Map<String, Document> byId = pageIds.isEmpty() ? Map.of() : sites.documents()
                .find(Filters.in("_id", pageIds)).into(new ArrayList<>()).stream()
                .collect(Collectors.toMap(document -> document.getString("_id"), Function.identity()));
        List<Document> documents = pageIds.stream().map(byId::get).filter(document -> document != null).toList();
        return new Page(documents, keys.size());
    }

    record Page(List<Document> documents, long totalItems) {
    }
}
