package siteops.app.storage;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * An in-process, MongoDB wire-compatible server on a loopback port. In memory (the default), the
 * read models and their tokens go with the process: at every start the processors find no token
 * and rebuild every read model from the event store, so read models and events always agree. In
 * a file, both are kept, in one store, so that they are always from the same moment.
 */
public class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    static final String FILE_NAME = "read-models.mv";

    private final MongoServer server;
    private final String connectionString;

    public EmbeddedMongoServer(int port, ReadModelStoreSettings.EmbeddedStorage storage, Path dataDir) {
        this.server = new MongoServer(storage == ReadModelStoreSettings.EmbeddedStorage.MEMORY ? new MemoryBackend()
                : new H2Backend(dataDir.resolve(FILE_NAME).toString()));
        server.bind("127.0.0.1", port);
        InetSocketAddress address = server.getLocalAddress();
        this.connectionString = "mongodb://127.0.0.1:" + address.getPort();
        log.info("Embedded MongoDB-compatible server ({}) listening on {}", storage, connectionString);
    }

    public String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
