package siteops.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * How many documents of a collection match a filter, by the {@code count} command: a MongoDB
 * answers it from an index as it would the query (and an empty filter from the collection's
 * metadata). The driver's {@code countDocuments} is an aggregation, which the embedded server
 * runs over every document of the collection, whatever its indexes.
 */
public final class Counts {

    private Counts() {
    }

    public static long of(MongoDatabase database, MongoCollection<Document> collection, Bson filter) {
        Document answer = database.runCommand(new BsonDocument("count",
                new BsonString(collection.getNamespace().getCollectionName()))
                .append("query", filter.toBsonDocument(Document.class, database.getCodecRegistry())));
        return answer.get("n", Number.class).longValue();
    }
}
