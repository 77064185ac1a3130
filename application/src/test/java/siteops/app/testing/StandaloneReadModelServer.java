package siteops.app.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-compatible server (mongo-java-server, in memory) in a process of its own, on the
 * loopback port given: the read-model store that several application processes share in the
 * cluster tests, as a MongoDB would. It runs until it is killed.
 */
public final class StandaloneReadModelServer {

    private StandaloneReadModelServer() {
    }

    public static void main(String[] arguments) throws InterruptedException {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", Integer.parseInt(arguments[0]));
        System.out.println("listening on " + server.getLocalAddress());
        Thread.currentThread().join();
    }
}
