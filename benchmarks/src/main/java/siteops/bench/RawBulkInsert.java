package siteops.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;

/**
 * Baseline of scenario 2: documents like the read models' written with {@code insertMany}, in
 * batches, into the same MongoDB, with nothing else around, into a collection with the index
 * the history's has (a store that keeps its indexes does that work for each document too).
 */
final class RawBulkInsert {

    private static final int BATCH = 1_000;
    private static final String COLLECTION = "benchmark_raw_insert";

    private final MongoDatabase database;

    RawBulkInsert(MongoDatabase database) {
        this.database = database;
    }

    /** Documents per second, inserting {@code count} copies of {@code sample} (a history entry, say). */
    double run(long count, Document sample) {
        MongoCollection<Document> collection = database.getCollection(COLLECTION);
        collection.drop();
        collection.createIndex(Indexes.compoundIndex(Indexes.ascending("siteId"), Indexes.descending("sequence")));
        long start = System.nanoTime();
        for (long written = 0; written < count; written += BATCH) {
            List<Document> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH && written + i < count; i++) {
                Document copy = new Document(sample);
                copy.remove("_id");
                copy.put("copy", written + i);
                batch.add(copy);
            }
            collection.insertMany(batch);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        collection.drop();
        return count / seconds;
    }
}
