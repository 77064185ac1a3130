package siteops.app.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded file store's secondary indexes answer what a scan would, through every change of
 * the documents, and are kept with them across a restart.
 */
class SecondaryIndexTest {

    @TempDir
    Path dataDir;
    private MongoDatabase database;

    @Test
    void aQueryOnTheLeadingKeysFindsWhatAScanFinds() {
        withCollection(entries -> {
            for (int number = 0; number < 30; number++) {
                entries.insertOne(entry(number));
            }
            entries.updateOne(Filters.eq("_id", "e3"), Updates.set("siteId", "site-2"));
            entries.updateOne(Filters.eq("_id", "e4"), Updates.set("note", "changed, same site"));
            entries.deleteOne(Filters.eq("_id", "e6"));
            entries.insertOne(new Document("_id", "numbered").append("siteId", 7).append("sequence", 1));

            assertThat(sequences(entries, Filters.eq("siteId", "site-0")))
                    .containsExactly(27, 24, 21, 18, 15, 12, 9, 0);
            assertThat(sequences(entries, Filters.eq("siteId", "site-2")))
                    .containsExactly(29, 26, 23, 20, 17, 14, 11, 8, 5, 3, 2);
            assertThat(sequences(entries, Filters.and(Filters.eq("siteId", "site-1"), Filters.eq("sequence", 4))))
                    .containsExactly(4);
            assertThat(sequences(entries, Filters.eq("siteId", 7.0))).as("1 and 1.0 are one value").containsExactly(1);
            assertThat(sequences(entries, Filters.eq("siteId", "site-9"))).isEmpty();
            assertThat(entries.find(Filters.eq("siteId", "site-1")).first()).isNotNull();
            assertThat(indexEntries(entries)).isEqualTo(30);
        });
    }

    @Test
    void theIndexIsKeptAcrossARestartAndEmptiedWithItsDocuments() {
        withCollection(entries -> {
            for (int number = 0; number < 9; number++) {
                entries.insertOne(entry(number));
            }
        });
        withCollection(entries -> {
            assertThat(sequences(entries, Filters.eq("siteId", "site-1"))).containsExactly(7, 4, 1);
            assertThat(indexEntries(entries)).isEqualTo(9);
            entries.deleteMany(new Document());
            assertThat(indexEntries(entries)).isZero();
            entries.insertOne(entry(1));
            assertThat(sequences(entries, Filters.eq("siteId", "site-1"))).containsExactly(1);
        });
    }

    private static Document entry(int number) {
        return new Document("_id", "e" + number).append("siteId", "site-" + number % 3).append("sequence", number);
    }

    private static List<Integer> sequences(MongoCollection<Document> entries, org.bson.conversions.Bson filter) {
        return entries.find(filter).sort(Sorts.descending("sequence")).map(entry -> entry.getInteger("sequence"))
                .into(new ArrayList<>());
    }

    /** The index's size, which this backend gives as its number of entries. */
    private long indexEntries(MongoCollection<Document> entries) {
        Document stats = database.runCommand(new Document("collStats", entries.getNamespace().getCollectionName()));
        return stats.get("indexSize", Document.class).get("siteId_1_sequence_-1", Number.class).longValue();
    }

    private void withCollection(Consumer<MongoCollection<Document>> use) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onPrivateSocket(
                ReadModelStoreSettings.EmbeddedStorage.FILE, dataDir);
             MongoClient client = MongoClients.create(server.connectionString())) {
            database = client.getDatabase("siteops");
            MongoCollection<Document> entries = database.getCollection("entries");
            entries.createIndex(Indexes.compoundIndex(Indexes.ascending("siteId"), Indexes.descending("sequence")));
            use.accept(entries);
        }
    }
}
