package siteops.query.history;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The {@code site_history} collection: one document per site event, id = event id. */
@Component
public class HistoryCollection {

    static final String NAME = "site_history";

    private final MongoCollection<Document> documents;

    public HistoryCollection(MongoDatabase database) {
        this.documents = database.getCollection(NAME);
        documents.createIndex(Indexes.compoundIndex(Indexes.ascending("siteId"), Indexes.descending("sequence")));
    }

    MongoCollection<Document> documents() {
        return documents;
    }
}
