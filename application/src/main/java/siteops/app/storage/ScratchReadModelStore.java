package siteops.app.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;
import siteops.query.store.ScratchReadModels;

import java.nio.file.Path;
import java.util.UUID;

/**
 * The scratch databases ({@link ScratchReadModels}) in a MongoDB-compatible server of their own, in
 * memory in this process, whatever store the shared read models are in: started at the first
 * answer that needs one.
 */
@Component
@ConditionalOnProcessRole(ProcessRole.QUERY)
class ScratchReadModelStore implements ScratchReadModels, DisposableBean {

    private final Path dataDir;
    private EmbeddedMongoServer server;
    private MongoClient client;

    ScratchReadModelStore(@Value("${siteops.data-dir}") Path dataDir) {
        this.dataDir = dataDir;
    }

    @Override
    public Scratch open() {
        MongoDatabase database = client().getDatabase("scratch-" + UUID.randomUUID());
        return new Scratch() {
            @Override
            public MongoDatabase database() {
                return database;
            }

            @Override
            public void close() {
                database.drop();
            }
        };
    }

    private synchronized MongoClient client() {
        if (client == null) {
            server = EmbeddedMongoServer.onPrivateSocket(ReadModelStoreSettings.EmbeddedStorage.MEMORY, dataDir);
            client = MongoClients.create(MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString(server.connectionString()))
                    .applicationName("siteops-scratch")
                    .build());
        }
        return client;
    }

    @Override
    public synchronized void destroy() {
        if (client != null) {
            client.close();
            server.close();
        }
    }
}
