package siteops.query.operation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The {@code site_operations} collection: one document per operation of a site, id = operation id
 * (an update's id, or the id of the event an operation done at once stored), ordered within the
 * site by the sequence number of the event that requested it.
 */
@Component
public class OperationCollection {

    static final String NAME = "site_operations";

    private final MongoCollection<Document> documents;

    public OperationCollection(MongoDatabase database) {
        this.documents = database.getCollection(NAME);
        documents.createIndex(Indexes.compoundIndex(Indexes.ascending("siteId"), Indexes.descending("sequence")));
    }

    MongoCollection<Document> documents() {
        return documents;
    }
}
