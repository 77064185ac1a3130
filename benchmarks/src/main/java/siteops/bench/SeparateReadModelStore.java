package siteops.bench;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-compatible server in the benchmark's process, for the application to use as an
 * external MongoDB: the production topology, where read models do not live in the
 * application's heap.
 */
final class SeparateReadModelStore implements AutoCloseable {

    private final MongoServer server;
    private final String uri;

    private SeparateReadModelStore(MongoServer server) {
        this.server = server;
        this.uri = server.bindAndGetConnectionString();
    }

    static SeparateReadModelStore start() {
        return new SeparateReadModelStore(new MongoServer(new MemoryBackend()));
    }

    String uri() {
        return uri;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
