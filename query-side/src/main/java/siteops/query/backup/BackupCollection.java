package siteops.query.backup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** The {@code site_backups} collection: one document per backup, id = backup id, ordered within the site by request. */
@Component
public class BackupCollection {

    static final String NAME = "site_backups";

    private final MongoCollection<Document> documents;

    public BackupCollection(MongoDatabase database) {
        this.documents = database.getCollection(NAME);
        documents.createIndex(Indexes.compoundIndex(Indexes.ascending("siteId"), Indexes.descending("sequence")));
    }

    MongoCollection<Document> documents() {
        return documents;
    }
}
