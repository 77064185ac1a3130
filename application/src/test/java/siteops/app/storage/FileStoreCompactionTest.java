package siteops.app.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file store whose documents are rewritten again and again (a site's document at each of its
 * events) while others are added and kept (a history's entries) stays within a few times the size
 * of a store holding the same documents written once: the chunks of replaced pages are compacted
 * and their space used again. Without it, every chunk keeps some kept pages, so none is ever freed
 * and the file grows with every write. Committed every 50 ms and with no retention of old chunks,
 * so that what a long run does happens in a few seconds.
 */
class FileStoreCompactionTest {

    private static final int REWRITTEN = 1_000;
    private static final int ADDED_PER_ROUND = 100;
    private static final int ROUNDS = 60;
    private static final String NOTES = "x".repeat(500);

    @TempDir
    Path dataDir;

    @Test
    void theFileStaysWithinAFewTimesWhatItHolds() throws Exception {
        Path rewrittenFile = dataDir.resolve("rewritten.mv");
        List<Document> held = inStore(rewrittenFile, sites -> {
            List<Document> documents = new ArrayList<>();
            for (int site = 0; site < REWRITTEN; site++) {
                documents.add(new Document("_id", "site-" + site).append("revision", 0).append("notes", NOTES));
            }
            sites.insertMany(documents);
            for (int round = 1; round <= ROUNDS; round++) {
                List<WriteModel<Document>> updates = new ArrayList<>();
                for (int site = 0; site < REWRITTEN; site++) {
                    updates.add(new UpdateOneModel<>(Filters.eq("_id", "site-" + site), Updates.set("revision", round)));
                }
                sites.bulkWrite(updates);
                List<Document> added = new ArrayList<>();
                for (int entry = 0; entry < ADDED_PER_ROUND; entry++) {
                    added.add(new Document("_id", "entry-" + round + "-" + entry).append("notes", NOTES));
                }
                sites.insertMany(added);
                pause(60);
            }
            pause(500);
            return sites.find().into(new ArrayList<>());
        });
        Path writtenOnceFile = dataDir.resolve("written-once.mv");
        inStore(writtenOnceFile, sites -> {
            sites.insertMany(held);
            pause(500);
            return List.of();
        });

        assertThat(held).hasSize(REWRITTEN + ROUNDS * ADDED_PER_ROUND);
        assertThat(Files.size(rewrittenFile)).as("the file after %d rounds of rewrites", ROUNDS)
                .isLessThan(4 * Files.size(writtenOnceFile));
    }

    private static <T> T inStore(Path file, Function<MongoCollection<Document>, T> work) {
        MVStore store = IndexedH2Backend.storeOptions(file.toString()).open();
        store.setRetentionTime(0);
        MongoServer server = new MongoServer(new IndexedH2Backend(store, Duration.ofMillis(50), Duration.ZERO));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            return work.apply(client.getDatabase("siteops").getCollection("sites"));
        } finally {
            server.shutdownNow();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
