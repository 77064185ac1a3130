package siteops.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import siteops.api.query.PageRequest;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One site's entries in a collection of many sites' (history, operations, backups): a page of
 * them, newest first, by the sequence number of the event that created each, on the collection's
 * {@code siteId, sequence} index; or one of them by its id.
 */
public final class SiteEntries {

    private SiteEntries() {
    }

    public record Page<T>(List<T> items, long totalItems) {
    }

    public static <T> Page<T> newestFirst(MongoCollection<Document> collection, String siteId, PageRequest page,
                                          Function<Document, T> view) {
        Bson ofSite = Filters.eq("siteId", siteId);
        List<T> items = collection.find(ofSite)
                .sort(Sorts.descending("sequence"))
                .skip(page.offset())
                .limit(page.size())
                .map(view::apply)
                .into(new ArrayList<>());
        return new Page<>(items, collection.countDocuments(ofSite));
    }

    /** The entry {@code id} of the site, found by the id index; one of another site is not found either. */
    public static Document one(MongoCollection<Document> collection, String siteId, String id, RefusalCode notFound,
                               String what) {
        Document entry = collection.find(Filters.and(Filters.eq("_id", id), Filters.eq("siteId", siteId))).first();
        if (entry == null) {
            throw new RefusedException(notFound, "no " + what + " " + id + " of site " + siteId);
        }
        return entry;
    }
}
