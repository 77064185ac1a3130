package siteops.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;

/**
 * A read model's collection with the indexes its queries need: created with them, and emptied for
 * a rebuild by being dropped and created again with them. Deleting every document instead took
 * seconds at 100,000 sites (each delete a change of the id index and of every other index, each
 * changed page written to the file again), before the first event of the rebuild was handled.
 */
public final class ReadModelCollection {

    private final MongoDatabase database;
    private final MongoCollection<Document> documents;
    private final List<Bson> indexes;

    public ReadModelCollection(MongoDatabase database, String name, Bson... indexes) {
        this.database = database;
        this.documents = database.getCollection(name);
        this.indexes = List.of(indexes);
        createIndexes();
    }

    public MongoCollection<Document> documents() {
        return documents;
    }

    /** No document left, the indexes in place: what a rebuild starts from. */
    public void empty() {
        // Only one that exists: a collection without an index exists from its first document on.
        String name = documents.getNamespace().getCollectionName();
        if (database.listCollectionNames().into(new ArrayList<>()).contains(name)) {
            documents.drop();
        }
        createIndexes();
    }

    private void createIndexes() {
        indexes.forEach(documents::createIndex);
    }
}
