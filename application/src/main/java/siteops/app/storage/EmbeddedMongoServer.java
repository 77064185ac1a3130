package siteops.app.storage;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;

/**
 * An in-process, MongoDB wire-compatible server on a free loopback port. It keeps the read models
 * (and their tokens) in memory: at every start the processors find no token and rebuild every read
 * model from the event store, so the read models always match the events, whatever happened
 * before the restart.
 */
public class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;
    private final String connectionString;

    public EmbeddedMongoServer(int port) {
        this.server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", port);
        InetSocketAddress address = server.getLocalAddress();
        this.connectionString = "mongodb://127.0.0.1:" + address.getPort();
        log.info("Embedded MongoDB-compatible server (in memory) listening on {}", connectionString);
    }

    public String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
