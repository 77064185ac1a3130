package siteops.app.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * The keys of the embedded file store's maps, as BSON ({@link BsonValues}), in MongoDB's order
 * of values: a document's id in a collection's map ({@link #IDS}), the indexed values in a unique
 * index's ({@link #INDEX_KEYS}).
 */
final class BsonKeyType<K> extends BasicDataType<K> {

    /** A document's position in its collection: its {@code _id} (or the id the store gave it). */
    static final BsonKeyType<Object> IDS = new BsonKeyType<>(id -> 1, (id, index) -> id, values -> values.get(0),
            Object[]::new);
    static final BsonKeyType<KeyValue> INDEX_KEYS = new BsonKeyType<>(KeyValue::size, KeyValue::get, KeyValue::new,
            KeyValue[]::new);

    /** The {@code index}-th value of a key. */
    private interface Part<K> {
        Object of(K key, int index);
    }

    private final ToIntFunction<K> size;
    private final Part<K> part;
    private final Function<List<Object>, K> key;
    private final IntFunction<K[]> storage;

    private BsonKeyType(ToIntFunction<K> size, Part<K> part, Function<List<Object>, K> key, IntFunction<K[]> storage) {
        this.size = size;
        this.part = part;
        this.key = key;
        this.storage = storage;
    }

    /** Value by value, without a list or a stream made for either key: a lookup compares keys a few dozen times. */
    @Override
    public int compare(K one, K other) {
        int oneSize = size.applyAsInt(one);
        int otherSize = size.applyAsInt(other);
        for (int i = 0; i < Math.min(oneSize, otherSize); i++) {
            int order = BsonValues.ORDER.compare(part.of(one, i), part.of(other, i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(oneSize, otherSize);
    }

    @Override
    public int getMemory(K value) {
        return BsonValues.memory(values(value));
    }

    @Override
    public void write(WriteBuffer buffer, K value) {
        Document encoded = new Document();
        List<Object> parts = values(value);
        for (int i = 0; i < parts.size(); i++) {
            encoded.put(Integer.toString(i), parts.get(i));
        }
        BsonValues.write(buffer, encoded);
    }

    @Override
    public K read(ByteBuffer buffer) {
        return key.apply(new ArrayList<>(BsonValues.read(buffer).values()));
    }

    @Override
    public K[] createStorage(int size) {
        return storage.apply(size);
    }

    private List<Object> values(K value) {
        List<Object> values = new ArrayList<>(size.applyAsInt(value));
        for (int i = 0; i < size.applyAsInt(value); i++) {
            values.add(part.of(value, i));
        }
        return values;
    }
}
