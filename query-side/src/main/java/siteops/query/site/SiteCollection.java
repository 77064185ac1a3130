package siteops.query.site;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;
import siteops.query.store.ReadModelCollection;

/**
 * The {@code sites} collection: one document per site, id = site id, read by id alone; the site
 * list is answered from {@link SiteListView}, which is loaded from it.
 */
@Component
public class SiteCollection {

    static final String NAME = "sites";
    static final String SORT_NAME = "sortName";
    /** The name and the serial number folded ({@link siteops.api.text.TextFolding}): what a search also matches. */
    static final String FOLDED_NAME = "foldedName";
    static final String FOLDED_SERIAL_NUMBER = "foldedSerialNumber";
    /** The running update, embedded so that it changes in the same write as the site's status; null when none runs. */
    static final String CURRENT_UPDATE = "currentUpdate";

    private final ReadModelCollection collection;

    public SiteCollection(MongoDatabase database) {
        this.collection = new ReadModelCollection(database, NAME);
    }

    public MongoCollection<Document> documents() {
        return collection.documents();
    }

    void empty() {
        collection.empty();
    }
}
