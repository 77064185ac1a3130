package siteops.app.storage;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

/**
 * Documents and values as the embedded file store keeps them: BSON, MongoDB's own encoding,
 * through the server's codec, each prefixed by its length; compared in MongoDB's order of values.
 * Out of the box the file backend wrote each with Java serialization and compared keys of its
 * indexes by their serialized bytes, serializing both keys again at every comparison.
 */
final class BsonValues {

    static final ValueComparator ORDER = ValueComparator.asc();
    /** Encodings larger than this are not kept for the next: a few large documents do not hold memory for long. */
    private static final int LARGEST_KEPT_ENCODING = 1 << 20;
    /**
     * Each thread's buffer to encode in, used again for every document it writes: a store commits
     * thousands of documents at a time, and a buffer allocated for each was counted by the
     * allocator's metrics at each allocation and release.
     */
    private static final ThreadLocal<ByteBuf> ENCODING = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));

    private BsonValues() {
    }

    static void write(WriteBuffer buffer, Map<String, ?> document) {
        ByteBuf encoded = ENCODING.get().clear();
        try {
            BsonEncoder.encodeDocument(document, encoded);
            int length = encoded.readableBytes();
            buffer.putVarInt(length).put(encoded.array(), encoded.arrayOffset() + encoded.readerIndex(), length);
        } finally {
            if (encoded.capacity() > LARGEST_KEPT_ENCODING) {
                ENCODING.remove();
                encoded.release();
            }
        }
    }

    static Document read(ByteBuffer buffer) {
        int length = DataUtils.readVarInt(buffer);
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        ByteBuf encoded = Unpooled.wrappedBuffer(bytes);
        try {
            return BsonDecoder.decodeBson(encoded);
        } finally {
            encoded.release();
        }
    }

    /** Roughly what a value takes in the heap, for the store's cache to count. */
    static int memory(Object value) {
        if (value instanceof Map<?, ?> document) {
            int memory = 64;
            for (Map.Entry<?, ?> field : document.entrySet()) {
                memory += 48 + memory(field.getKey()) + memory(field.getValue());
            }
            return memory;
        }
        if (value instanceof Collection<?> values) {
            int memory = 40;
            for (Object element : values) {
                memory += 8 + memory(element);
            }
            return memory;
        }
        if (value instanceof CharSequence text) {
            return 48 + text.length();
        }
        return 24;
    }
}
