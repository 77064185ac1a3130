package siteops.query.operation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;
import siteops.query.store.SiteEntries;

/**
 * The {@code site_operations} collection: one document per operation of a site, id = operation id
 * (an update's id, or the id of the event an operation done at once stored), ordered within the
 * site by the sequence number of the event that requested it.
 */
@Component
public class OperationCollection {

    static final String NAME = "site_operations";

    private final SiteEntries entries;

    public OperationCollection(MongoDatabase database) {
        this.entries = new SiteEntries(database, NAME);
    }

    SiteEntries entries() {
        return entries;
    }

    MongoCollection<Document> documents() {
        return entries.documents();
    }
}
