package siteops.query.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the read models write: gathered over a processor's batch of events, then sent as one ordered
 * bulk write per collection when the batch ends ({@link FlushWritesAtBatchEnd}), before the
 * processor stores its token. Outside a batch (an event handled on its own), a write goes at once.
 * <p>
 * Each site or update document remembers the sequence number of the last event of its site
 * applied to it ({@value #REVISION}); an update is applied only to a document that is behind it,
 * so that a re-delivered or replayed event changes nothing. The check is made here, on the
 * revisions read for the whole batch in one query, rather than in each update's filter: every
 * write then finds its document by id alone, which any MongoDB (the embedded one included) does
 * through the id index.
 */
public final class ReadModelWrites {

    public static final String REVISION = "revision";
    private static final String RESOURCE = ReadModelWrites.class.getName();
    private static final BulkWriteOptions IN_ORDER = new BulkWriteOptions().ordered(true);
    private static final BulkWriteOptions IN_ANY_ORDER = new BulkWriteOptions().ordered(false);

    private ReadModelWrites() {
    }

    /** Creates the document of an entity at its first event; one that already exists is left as it is. */
    public static void insertIfAbsent(MongoCollection<Document> collection, String id, long sequence, Document document) {
        insertIfAbsent(collection, id, document.append(REVISION, sequence));
    }

    /** Writes a document that one event defines whole and that never changes; writing it again changes nothing. */
    public static void insertIfAbsent(MongoCollection<Document> collection, String id, Document document) {
        Document withId = new Document("_id", id);
        withId.putAll(document);
        pending(collection).add(new Write(id, 0, Kind.INSERT, withId, List.of(), null));
    }

    /** Applies an event's changes to an entity's document, unless the document has seen the event already. */
    public static void update(MongoCollection<Document> collection, String id, long sequence, List<Bson> changes) {
        update(collection, id, sequence, changes, null);
    }

    /** The same, for changes to array elements picked by {@code arrayFilters}. */
    public static void update(MongoCollection<Document> collection, String id, long sequence, List<Bson> changes,
                              List<Bson> arrayFilters) {
        List<Bson> all = new ArrayList<>(changes);
        all.add(Updates.set(REVISION, sequence));
        pending(collection).add(new Write(id, sequence, Kind.UPDATE, null, all, arrayFilters));
    }


    /**
     * Sends what the current unit of work gathered, for events handled outside a processor's
     * batch within some other unit of work (a replay made to answer a query).
     */
    public static void flushGathered() {
        if (CurrentUnitOfWork.isStarted()) {
            flush(CurrentUnitOfWork.get());
        }
    }

    /** Sends what the unit of work gathered; called once its last event has been handled. */
    static void flush(UnitOfWork<?> unitOfWork) {
        Map<String, Pending> gathered = unitOfWork.root().getResource(RESOURCE);
        if (gathered == null) {
            return;
        }
        unitOfWork.root().resources().remove(RESOURCE);
        gathered.values().forEach(Pending::send);
    }

    private static Pending pending(MongoCollection<Document> collection) {
        if (!CurrentUnitOfWork.isStarted()) {
            return new Pending(collection, true);
        }
        Map<String, Pending> gathered = CurrentUnitOfWork.get().root()
                .getOrComputeResource(RESOURCE, key -> new LinkedHashMap<>());
        return gathered.computeIfAbsent(collection.getNamespace().getFullName(),
                name -> new Pending(collection, false));
    }

    private enum Kind { INSERT, UPDATE }

    private record Write(String id, long sequence, Kind kind, Document document, List<Bson> changes,
                         List<Bson> arrayFilters) {
    }

    private static final class Pending {

        private final MongoCollection<Document> collection;
        private final boolean immediate;
        private final List<Write> writes = new ArrayList<>();

        Pending(MongoCollection<Document> collection, boolean immediate) {
            this.collection = collection;
            this.immediate = immediate;
        }

        void add(Write write) {
            writes.add(write);
            if (immediate) {
                send();
            }
        }

        /**
         * Inserts first, in any order, a document that already exists being no error (an event
         * delivered again); then the updates, in order, each only if its document is behind it.
         */
        void send() {
            List<WriteModel<Document>> inserts = new ArrayList<>();
            writes.stream().filter(write -> write.kind() == Kind.INSERT)
                    .forEach(write -> inserts.add(new InsertOneModel<>(write.document())));
            if (!inserts.isEmpty()) {
                insertIgnoringThoseThatExist(inserts);
            }
            Map<String, Long> revisions = revisionsOfUpdatedDocuments();
            List<WriteModel<Document>> updates = new ArrayList<>();
            for (Write write : writes) {
                Long revision = revisions.get(write.id());
                if (write.kind() == Kind.UPDATE && revision != null && write.sequence() > revision) {
                    UpdateOptions options = new UpdateOptions();
                    if (write.arrayFilters() != null) {
                        options.arrayFilters(write.arrayFilters());
                    }
                    updates.add(new UpdateOneModel<>(Filters.eq("_id", write.id()), Updates.combine(write.changes()),
                            options));
                    revisions.put(write.id(), write.sequence());
                }
            }
            writes.clear();
            if (!updates.isEmpty()) {
                collection.bulkWrite(updates, IN_ORDER);
            }
        }

        private void insertIgnoringThoseThatExist(List<WriteModel<Document>> inserts) {
            try {
                collection.bulkWrite(inserts, IN_ANY_ORDER);
            } catch (MongoBulkWriteException e) {
                boolean onlyExisting = e.getWriteErrors().stream()
                        .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
                if (!onlyExisting) {
                    throw e;
                }
            }
        }

        /** The stored revision of every document an update of this batch touches (absent: no document yet). */
        private Map<String, Long> revisionsOfUpdatedDocuments() {
            Set<String> ids = new LinkedHashSet<>();
            writes.stream().filter(write -> write.kind() == Kind.UPDATE).forEach(write -> ids.add(write.id()));
            Map<String, Long> revisions = new HashMap<>();
            if (!ids.isEmpty()) {
                collection.find(Filters.in("_id", ids)).projection(Projections.include(REVISION))
                        .forEach(document -> revisions.put(document.getString("_id"),
                                document.get(REVISION, Number.class).longValue()));
            }
            return revisions;
        }
    }
}
