package siteops.app.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read models' file store commits only on its committing thread, between commands: however
 * much the commands write, none of them commits the store itself (a commit in the middle of a
 * command, while others run, could keep a processor's token without the documents written before
 * it). The commit interval here is longer than the test, so that any commit seen is one a write made.
 */
class CommitsBetweenCommandsTest {

    private static final String NOTES = "x".repeat(1_000);

    @TempDir
    Path dataDir;

    @Test
    void writesOfManyMegabytesCommitNothingByThemselves() {
        MVStore store = IndexedH2Backend.storeOptions(dataDir.resolve("read-models.mv").toString()).open();
        MongoServer server = new MongoServer(new IndexedH2Backend(store, Duration.ofHours(1), Duration.ZERO));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            MongoCollection<Document> entries = client.getDatabase("siteops").getCollection("entries");
            entries.insertOne(new Document("_id", "first"));
            long versionBefore = store.getCurrentVersion();

            for (int batch = 0; batch < 20; batch++) {
                List<Document> documents = new ArrayList<>();
                for (int entry = 0; entry < 1_000; entry++) {
                    documents.add(new Document("_id", batch + "-" + entry).append("notes", NOTES));
                }
                entries.insertMany(documents);
            }

            assertThat(entries.countDocuments()).isEqualTo(20_001);
            assertThat(store.getCurrentVersion()).as("the store's version after 20 MB written").isEqualTo(versionBefore);
            assertThat(store.hasUnsavedChanges()).isTrue();
        } finally {
            server.shutdownNow();
        }
    }
}
