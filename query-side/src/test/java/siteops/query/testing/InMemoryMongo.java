package siteops.query.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A MongoDB-compatible server in memory, reached through the real driver: one fresh database per test. */
public final class InMemoryMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;

    public InMemoryMongo() {
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    public MongoDatabase freshDatabase() {
        return client.getDatabase("test-" + UUID.randomUUID());
    }

    /** Every document of a collection, in id order: what a test compares before and after. */
    public static List<Document> contents(MongoDatabase database, String collection) {
        return database.getCollection(collection).find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
