package siteops.app.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The keys of the embedded file store's maps, as BSON ({@link BsonValues}), in MongoDB's order
 * of values: a document's id in a collection's map ({@link #IDS}), the indexed values in a unique
 * index's ({@link #INDEX_KEYS}).
 */
final class BsonKeyType<K> extends BasicDataType<K> {

    /** A document's position in its collection: its {@code _id} (or the id the store gave it). */
    static final BsonKeyType<Object> IDS = new BsonKeyType<>(Collections::singletonList, values -> values.get(0),
            Object[]::new);
    static final BsonKeyType<KeyValue> INDEX_KEYS = new BsonKeyType<>(key -> key.stream().toList(), KeyValue::new,
            KeyValue[]::new);

    private final Function<K, List<Object>> values;
    private final Function<List<Object>, K> key;
    private final IntFunction<K[]> storage;

    private BsonKeyType(Function<K, List<Object>> values, Function<List<Object>, K> key,
                        IntFunction<K[]> storage) {
        this.values = values;
        this.key = key;
        this.storage = storage;
    }

    @Override
    public int compare(K one, K other) {
        List<Object> left = values.apply(one);
        List<Object> right = values.apply(other);
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = BsonValues.ORDER.compare(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    @Override
    public int getMemory(K value) {
        return BsonValues.memory(values.apply(value));
    }

    @Override
    public void write(WriteBuffer buffer, K value) {
        Document encoded = new Document();
        List<Object> parts = values.apply(value);
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
}
