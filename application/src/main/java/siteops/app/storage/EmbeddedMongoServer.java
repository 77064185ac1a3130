package siteops.app.storage;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.wire.MongoDatabaseHandler;
import de.bwaldvogel.mongo.wire.MongoExceptionHandler;
import de.bwaldvogel.mongo.wire.MongoWireMessageEncoder;
import de.bwaldvogel.mongo.wire.MongoWireProtocolHandler;
import de.bwaldvogel.mongo.wire.MongoWireReplyEncoder;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import siteops.query.store.CollectionScan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URLEncoder;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An in-process, MongoDB wire-compatible server (mongo-java-server's backends and protocol
 * handlers). In memory (the default), the read models and their tokens go with the process: at
 * every start the processors find no token and rebuild every read model from the event store, so
 * read models and events always agree. In a file, both are kept, in one store, so that they are
 * always from the same moment.
 * <p>
 * By default it listens on a Unix domain socket in a directory only the process's user may enter,
 * so that no other user's process can rewrite a read model; a TCP port on loopback only when one
 * is asked for ({@link #onLoopbackPort}), for tools that read the read models directly. Neither
 * mongo-java-server nor the MongoDB driver has an in-process link without a socket: the driver's
 * only pluggable transport needs a TCP socket channel.
 */
public class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    /** The file store's name says its format: its documents in BSON ({@link IndexedH2Backend}). */
    static final String FILE_NAME = "read-models-bson.mv";
    /** The store of earlier versions, in the backend's own format: not read, removed (the read models are rebuilt). */
    private static final String EARLIER_FILE_NAME = "read-models.mv";
    private static final String SOCKET_NAME = "mongo.sock";
    private static final int BACKLOG = 100;

    /**
     * What the server says it is: MongoDB 4.4 (wire version 9), the oldest that current clients
     * accept (mongosh 2.x refuses anything older). The commands siteops sends are those of 4.0 and
     * before, which the server implements; the driver uses a 4.4 feature only when a call asks for it.
     */
    static final MongoVersion REPORTED_VERSION = new MongoVersion() {
        @Override
        public List<Integer> getVersionArray() {
            return List.of(4, 4, 0);
        }

        @Override
        public int getWireVersion() {
            return 9;
        }
    };

    private final MongoBackend backend;
    private final EventLoopGroup acceptor = new NioEventLoopGroup(1);
    private final EventLoopGroup workers = new NioEventLoopGroup();
    private final ChannelGroup clients = new DefaultChannelGroup("read-model-clients", workers.next());
    private final Channel listener;
    private final String connectionString;
    private final Path socketDirectory;

    private EmbeddedMongoServer(MongoBackend backend, Class<? extends ServerChannel> channelType, SocketAddress address,
                                Path socketDirectory) {
        this.backend = backend;
        this.socketDirectory = socketDirectory;
        try {
            this.listener = new ServerBootstrap()
                    .group(acceptor, workers)
                    .channel(channelType)
                    .option(ChannelOption.SO_BACKLOG, BACKLOG)
                    .childHandler(new ChannelInitializer<>() {
                        @Override
                        protected void initChannel(Channel channel) {
                            channel.pipeline().addLast(new MongoWireReplyEncoder(), new MongoWireMessageEncoder(),
                                    new MongoWireProtocolHandler(), new MongoDatabaseHandler(backend, clients),
                                    new MongoExceptionHandler());
                        }
                    })
                    .bind(address).syncUninterruptibly().channel();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        this.connectionString = listener.localAddress() instanceof InetSocketAddress tcp
                ? "mongodb://127.0.0.1:" + tcp.getPort()
                : "mongodb://" + URLEncoder.encode(socketDirectory.resolve(SOCKET_NAME).toString(), StandardCharsets.UTF_8);
        log.info("Embedded MongoDB-compatible server ({}) listening on {}",
                backend instanceof IndexedH2Backend ? backend : "in memory", connectionString);
    }

    /** The store of the data directory's read models, opened ({@link #onPrivateSocket(MongoBackend)} then serves it). */
    static MongoBackend openFileStore(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IndexedH2Backend(replacingEarlierStore(dataDir).resolve(FILE_NAME).toString()).version(REPORTED_VERSION);
    }

    static MongoBackend open(ReadModelStoreSettings.EmbeddedStorage storage, Path dataDir) {
        return storage == ReadModelStoreSettings.EmbeddedStorage.MEMORY ? new MemoryBackend().version(REPORTED_VERSION)
                : openFileStore(dataDir);
    }

    private static Path replacingEarlierStore(Path dataDir) {
        Path earlier = dataDir.resolve(EARLIER_FILE_NAME);
        try {
            if (Files.deleteIfExists(earlier)) {
                log.info("Removed {}, the read models' store of an earlier version: they are rebuilt in {}", earlier,
                        FILE_NAME);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dataDir;
    }

    /** Listening on a Unix domain socket in a new directory that only this process's user may enter. */
    public static EmbeddedMongoServer onPrivateSocket(ReadModelStoreSettings.EmbeddedStorage storage, Path dataDir) {
        return onPrivateSocket(open(storage, dataDir));
    }

    /** The same, serving a store already opened, which it closes when it is closed. */
    static EmbeddedMongoServer onPrivateSocket(MongoBackend backend) {
        Path directory;
        try {
            // Under the temporary directory, not the data directory: a socket's path has at most about 100 bytes.
            directory = Files.createTempDirectory("siteops-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            backend.close();
            throw new UncheckedIOException(e);
        }
        return new EmbeddedMongoServer(backend, NioServerDomainSocketChannel.class,
                UnixDomainSocketAddress.of(directory.resolve(SOCKET_NAME)), directory);
    }

    /** Listening on 127.0.0.1 at {@code port} (0: any free port). */
    public static EmbeddedMongoServer onLoopbackPort(int port, ReadModelStoreSettings.EmbeddedStorage storage,
                                                     Path dataDir) {
        return onLoopbackPort(port, open(storage, dataDir));
    }

    /** The same, serving a store already opened, which it closes when it is closed. */
    static EmbeddedMongoServer onLoopbackPort(int port, MongoBackend backend) {
        return new EmbeddedMongoServer(backend, NioServerSocketChannel.class, new InetSocketAddress("127.0.0.1", port),
                null);
    }

    public String connectionString() {
        return connectionString;
    }

    /** Reads its collections in this process, without the socket. */
    public CollectionScan inProcessScan() {
        return new InProcessCollectionScan(backend);
    }

    /** Where it listens for TCP connections, if it does. */
    public Optional<InetSocketAddress> tcpAddress() {
        return listener.localAddress() instanceof InetSocketAddress tcp ? Optional.of(tcp) : Optional.empty();
    }

    @Override
    public void close() {
        if (listener != null) {
            listener.close().syncUninterruptibly();
        }
        clients.close().syncUninterruptibly();
        acceptor.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
        workers.shutdownGracefully(0, 5, TimeUnit.SECONDS).syncUninterruptibly();
        backend.close();
        if (socketDirectory != null) {
            try {
                Files.deleteIfExists(socketDirectory.resolve(SOCKET_NAME));
                Files.deleteIfExists(socketDirectory);
            } catch (IOException e) {
                log.warn("Could not remove the embedded server's socket directory {}", socketDirectory, e);
            }
        }
    }
}
