package siteops.query.store;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import siteops.query.testing.InMemoryMongo;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A read model's collection has its indexes from the start, and still has them once emptied for a rebuild. */
class ReadModelCollectionTest {

    private final InMemoryMongo mongo = new InMemoryMongo();

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void anEmptiedCollectionHasNoDocumentAndTheSameIndexes() {
        MongoDatabase database = mongo.freshDatabase();
        ReadModelCollection entries = new ReadModelCollection(database, "entries",
                Indexes.compoundIndex(Indexes.ascending("siteId"), Indexes.descending("sequence")));
        for (int entry = 0; entry < 100; entry++) {
            entries.documents().insertOne(new Document("_id", "entry-" + entry).append("siteId", "site-" + entry % 7)
                    .append("sequence", entry));
        }
        List<Document> indexesBefore = indexKeys(database);

        entries.empty();

        assertThat(entries.documents().countDocuments()).isZero();
        assertThat(indexKeys(database)).isEqualTo(indexesBefore)
                .contains(new Document("siteId", 1).append("sequence", -1));
        entries.documents().insertOne(new Document("_id", "entry-0").append("siteId", "site-0").append("sequence", 0));
        assertThat(entries.documents().countDocuments()).isOne();
    }

    private static List<Document> indexKeys(MongoDatabase database) {
        List<Document> keys = new ArrayList<>();
        database.getCollection("entries").listIndexes().forEach(index -> keys.add(index.get("key", Document.class)));
        return keys;
    }
}
