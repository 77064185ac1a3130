package siteops.app.storage;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.StringDataType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * mongo-java-server's file backend, made fit for read models that must stay consistent with their
 * tokens across a kill -9, and given the secondary indexes it lacks.
 * <p>
 * <b>Commits between commands.</b> The store (H2's MVStore) writes its maps to the file at each
 * commit, one map after the other: a commit left to run on its own, while commands go on, could
 * keep a processor's token and not the documents written just before it, in another map. Here
 * the store commits every second on a thread of its own, while no command runs (commands share a
 * lock that the commit takes alone), and never on its own ({@link #storeOptions}). Each file state
 * is then one between two commands: it has a batch's documents whenever it has the token stored
 * after them.
 * <p>
 * <b>BSON.</b> Documents, and the keys of its maps, are kept as BSON and compared in MongoDB's
 * order ({@link BsonDocumentType}, {@link BsonKeyType}): out of the box the backend wrote them with
 * Java serialization, and compared the keys of its id index by their serialized bytes,
 * serializing both keys again at each comparison of a lookup.
 * <p>
 * <b>Secondary indexes.</b> Out of the box the backend accepts a non-unique index and ignores
 * it, so that every query but one by {@code _id} read the whole collection (at 100,000 sites, a
 * site's history page read every history entry). Here a non-unique index is a
 * {@link SecondaryIndex}, kept in the same store and commits as the documents it points to.
 */
final class IndexedH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(IndexedH2Backend.class);
    private static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);
    /** The store's page cache (its default is 16 MB): the documents read most, decoded. */
    private static final int CACHE_MEGABYTES = 64;
    private static final int COMPACT_BELOW_FILL_PERCENT = 60;
    private static final int COMPACT_TO_FILL_PERCENT = 80;
    private static final int COMPACT_BYTES_PER_COMMIT = 16 * 1024 * 1024;
    /**
     * No compaction in the first moments after the store is opened: it would take the processor
     * from the start, the site list's load and the first reads (after a kill -9 at 100,000 sites, a
     * third of the processor time of the start went to it), and what it frees can wait.
     */
    static final Duration NO_COMPACTION_AFTER_OPENING = Duration.ofSeconds(30);

    private final ReadWriteLock commands = new ReentrantReadWriteLock();
    private final ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-store-commit");
        thread.setDaemon(true);
        return thread;
    });

    private final long compactionAllowedFrom;

    IndexedH2Backend(String fileName) {
        this(storeOptions(fileName).cacheSize(CACHE_MEGABYTES).open(), COMMIT_INTERVAL, NO_COMPACTION_AFTER_OPENING);
    }

    /**
     * A store that commits only when asked. Disabling its auto-commit stops its background writer
     * only: a thread that writes to a map still commits the whole store once a megabyte of changes
     * waits unsaved, in the middle of a command and while other commands run (in a rebuild at
     * 100,000 sites, every few hundred writes). The buffer set to nothing stops that too.
     */
    static MVStore.Builder storeOptions(String fileName) {
        return new MVStore.Builder().fileName(fileName).autoCommitDisabled().autoCommitBufferSize(0);
    }

    /** A store opened and committed as given: to watch in a test what a long run would do. */
    IndexedH2Backend(MVStore store, Duration commitInterval, Duration noCompactionAfterOpening) {
        super(store);
        compactionAllowedFrom = System.nanoTime() + noCompactionAfterOpening.toNanos();
        committer.scheduleWithFixedDelay(this::commitBetweenCommands, commitInterval.toMillis(),
                commitInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        return whileNoCommit(() -> super.handleCommand(channel, databaseName, command, query));
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        return whileNoCommit(() -> super.handleQuery(query));
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        return whileNoCommit(() -> super.handleMessage(message));
    }

    /** The last commit, with every command answered before it, when the store is closed. */
    @Override
    public void close() {
        committer.shutdown();
        commands.writeLock().lock();
        try {
            super.close();
        } finally {
            commands.writeLock().unlock();
        }
    }

    private <T> T whileNoCommit(Supplier<T> command) {
        commands.readLock().lock();
        try {
            return command.get();
        } finally {
            commands.readLock().unlock();
        }
    }

    /**
     * The store appends what changed to its file at each commit, in a new chunk; the chunks that
     * hold mostly replaced pages have their live pages rewritten a little at a time, so that their
     * space is used again and the file stays within a few times what it holds (the store's
     * background writer, which would do it, is off). What is measured is how much of the chunks
     * is live, not how much of the file is in chunks: the file is all chunks, live or not (with
     * the latter, the 100,000 sites of a harness run with a history filled 12 GiB, 5 % live).
     */
    private void commitBetweenCommands() {
        commands.writeLock().lock();
        try {
            commit();
            if (System.nanoTime() - compactionAllowedFrom >= 0
                    && getMvStore().getFileStore().getChunksFillRate() < COMPACT_BELOW_FILL_PERCENT) {
                getMvStore().compact(COMPACT_TO_FILL_PERCENT, COMPACT_BYTES_PER_COMMIT);
            }
        } catch (RuntimeException e) {
            log.warn("The read models' store could not be committed; it will be at the next attempt", e);
        } finally {
            commands.writeLock().unlock();
        }
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedH2Database(databaseName);
    }

    /**
     * An inner class on purpose: the database's constructor opens the indexes it finds in the
     * file, through {@link #openOrCreateSecondaryIndex}, before any field of a subclass is set;
     * the enclosing backend (and so the store) is reachable by then.
     */
    private final class IndexedH2Database extends H2Database {

        IndexedH2Database(String databaseName) {
            super(databaseName, IndexedH2Backend.this.getMvStore(), IndexedH2Backend.this.getCursorRegistry());
        }

        /** The maps are named as the backend names them, so that dropping a collection removes them too. */
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> documents = store().openMap("databases." + namespace,
                    new MVMap.Builder<Object, Document>().keyType(BsonKeyType.IDS).valueType(BsonDocumentType.INSTANCE));
            return new ScannableH2Collection(this, collectionName, options, documents,
                    store().openMap("meta." + namespace), cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            MVMap<KeyValue, Object> positions = store().openMap(indexMapName(collectionName, indexName),
                    new MVMap.Builder<KeyValue, Object>().keyType(BsonKeyType.INDEX_KEYS).valueType(BsonKeyType.IDS));
            return new FileUniqueIndex(positions, indexName, keys, sparse);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                           boolean sparse) {
            MVMap<String, Object> entries = store().openMap(indexMapName(collectionName, indexName),
                    new MVMap.Builder<String, Object>().keyType(StringDataType.INSTANCE).valueType(BsonKeyType.IDS));
            return new SecondaryIndex(entries, indexName, keys, sparse);
        }

        private String indexMapName(String collectionName, String indexName) {
            return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
        }

        private MVStore store() {
            return IndexedH2Backend.this.getMvStore();
        }
    }
}
