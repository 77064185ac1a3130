package siteops.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
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
 * A collection of many sites' entries (history, operations, backups), each with the site's id and
 * the sequence number of the event that created it: a page of one site's entries, newest first,
 * on the {@code siteId, sequence} index it declares; or one entry by its id.
 */
public final class SiteEntries {

    private final MongoDatabase database;
    private final ReadModelCollection collection;
    private final MongoCollection<Document> documents;

    /** With the {@code siteId, sequence} index and {@code moreIndexes}, for queries of the collection's own. */
    public SiteEntries(MongoDatabase database, String collectionName, Bson... moreIndexes) {
        this.database = database;
        List<Bson> indexes = new ArrayList<>();
        indexes.add(Indexes.compoundIndex(Indexes.ascending("siteId"), Indexes.descending("sequence")));
        indexes.addAll(List.of(moreIndexes));
        this.collection = new ReadModelCollection(database, collectionName, indexes.toArray(Bson[]::new));
        this.documents = collection.documents();
    }

    public record Page<T>(List<T> items, long totalItems) {
    }

    public MongoCollection<Document> documents() {
        return documents;
    }

    public void empty() {
        collection.empty();
    }

    public <T> Page<T> newestFirst(String siteId, PageRequest page, Function<Document, T> view) {
        return newestFirst(siteId, List.of(), page, view);
    }

    /** Only the site's entries that also match every one of {@code narrowing}: the index still finds the site's. */
    public <T> Page<T> newestFirst(String siteId, List<Bson> narrowing, PageRequest page, Function<Document, T> view) {
        List<Bson> conditions = new ArrayList<>(List.of(Filters.eq("siteId", siteId)));
        conditions.addAll(narrowing);
        Bson ofSite = conditions.size() == 1 ? conditions.get(0) : Filters.and(conditions);
        List<T> items = documents.find(ofSite)
                .sort(Sorts.descending("sequence"))
                .skip(page.offset())
                .limit(page.size())
                .map(view::apply)
                .into(new ArrayList<>());
        return new Page<>(items, Counts.of(database, documents, ofSite));
    }

    /** The entry {@code id} of the site, found by id alone (the id index answers it on any MongoDB). */
    public Document one(String siteId, String id, RefusalCode notFound, String what) {
        Document entry = documents.find(Filters.eq("_id", id)).first();
        if (entry == null || !siteId.equals(entry.getString("siteId"))) {
            throw new RefusedException(notFound, "no " + what + " " + id + " of site " + siteId);
        }
        return entry;
    }
}
