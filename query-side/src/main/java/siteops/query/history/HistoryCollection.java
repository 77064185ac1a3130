package siteops.query.history;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;
import siteops.query.store.SiteEntries;

/** The {@code site_history} collection: one document per site event, id = event id. */
@Component
public class HistoryCollection {

    static final String NAME = "site_history";

    private final SiteEntries entries;

    public HistoryCollection(MongoDatabase database) {
        this.entries = new SiteEntries(database, NAME);
    }

    SiteEntries entries() {
        return entries;
    }

    MongoCollection<Document> documents() {
        return entries.documents();
    }
}
