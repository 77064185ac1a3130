package siteops.app.storage;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.bson.BsonBinaryReader;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import siteops.query.store.CollectionScan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a collection of the embedded server from its backend, in this process: the documents
 * are not encoded, sent through the socket and decoded again, which made the site list's load at
 * 100,000 sites about three times as long. Each document is given in the types the driver would
 * have decoded it to (a date as a {@link Date}, an embedded document as a driver's
 * {@link Document}); a document holding a value of another kind goes through BSON, as it would
 * through the socket. The file store's collections are read one document at a time
 * ({@link ScannableH2Collection}); the memory store's are in the heap already.
 */
final class InProcessCollectionScan implements CollectionScan {

    private static final DocumentCodec DRIVER_CODEC = new DocumentCodec();

    private final MongoBackend backend;

    InProcessCollectionScan(MongoBackend backend) {
        this.backend = backend;
    }

    @Override
    public void forEach(MongoCollection<Document> collection, List<String> withoutFields, Consumer<Document> each) {
        forEach(collection.getNamespace(), withoutFields, each);
    }

    /** The same, for a collection named without a driver's client: before one exists, at the start. */
    void forEach(MongoNamespace namespace, List<String> withoutFields, Consumer<Document> each) {
        MongoDatabase database = backend.resolveDatabase(namespace.getDatabaseName());
        de.bwaldvogel.mongo.MongoCollection<?> stored = database.resolveCollection(namespace.getCollectionName(),
                false);
        if (stored == null) {
            return;
        }
        Set<String> without = Set.copyOf(withoutFields);
        if (stored instanceof ScannableH2Collection scannable) {
            try (Stream<de.bwaldvogel.mongo.bson.Document> documents = scannable.documents()) {
                documents.forEach(document -> each.accept(asDriverDocument(document, without)));
            }
            return;
        }
        for (de.bwaldvogel.mongo.bson.Document document : stored.queryAll()) {
            each.accept(asDriverDocument(document, without));
        }
    }

    private static Document asDriverDocument(de.bwaldvogel.mongo.bson.Document stored, Set<String> withoutFields) {
        Object converted = driverDocument(stored, withoutFields);
        return converted instanceof Document document ? document : throughBson(stored, withoutFields);
    }

    /** {@link Unconverted#VALUE} if one of its values, at any depth, is of a kind this class does not convert. */
    private static Object driverDocument(de.bwaldvogel.mongo.bson.Document stored, Set<String> withoutFields) {
        Document converted = new Document();
        for (Map.Entry<String, Object> field : stored.entrySet()) {
            if (withoutFields.contains(field.getKey())) {
                continue;
            }
            Object value = driverValue(field.getValue());
            if (value == Unconverted.VALUE) {
                return Unconverted.VALUE;
            }
            converted.put(field.getKey(), value);
        }
        return converted;
    }

    /** {@link Unconverted#VALUE} for a value of a kind this class does not convert. */
    private static Object driverValue(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double) {
            return value;
        }
        if (value instanceof Instant instant) {
            return Date.from(instant);
        }
        if (value instanceof ObjectId id) {
            return new org.bson.types.ObjectId(id.toByteArray());
        }
        if (value instanceof de.bwaldvogel.mongo.bson.Document document) {
            return driverDocument(document, Set.of());
        }
        if (value instanceof Collection<?> values) {
            List<Object> converted = new ArrayList<>(values.size());
            for (Object element : values) {
                Object elementValue = driverValue(element);
                if (elementValue == Unconverted.VALUE) {
                    return Unconverted.VALUE;
                }
                converted.add(elementValue);
            }
            return converted;
        }
        return Unconverted.VALUE;
    }

    private static Document throughBson(de.bwaldvogel.mongo.bson.Document stored, Set<String> withoutFields) {
        de.bwaldvogel.mongo.bson.Document kept = new de.bwaldvogel.mongo.bson.Document(stored);
        withoutFields.forEach(kept::remove);
        ByteBuf encoded = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(kept, encoded);
            return DRIVER_CODEC.decode(new BsonBinaryReader(encoded.nioBuffer()), DecoderContext.builder().build());
        } finally {
            encoded.release();
        }
    }

    private enum Unconverted {
        VALUE
    }
}
