package siteops.app.storage;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A non-unique index for mongo-java-server's file backend: an entry per indexed document (per
 * element, for an array), whose key is the document's indexed values followed by its position
 * (its id), so that equal values stay apart, and whose value is the position. A query that gives
 * the leading keys of the index as plain values is answered from the entries that start with
 * them; the server then checks the rest of the query, sorts and pages the documents found. Other
 * queries are left to a scan, as before.
 * <p>
 * Keys are strings, each value written as its type, its length and its text, so that no value's
 * form is the beginning of another's and a prefix of the key is exactly a prefix of the values.
 * Values are normalised as the server normalises them for its own indexes (1 and 1.0 are one value).
 */
final class SecondaryIndex extends Index<Object> {

    private final MVMap<String, Object> entries;

    SecondaryIndex(MVMap<String, Object> entries, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.entries = entries;
    }

    @Override
    public Object getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        for (KeyValue values : getKeyValues(document)) {
            entries.put(key(values, values.size(), position), position);
        }
    }

    @Override
    public synchronized Object remove(Document document) {
        Object position = document.get("_id");
        Object removed = null;
        for (KeyValue values : getKeyValues(document)) {
            Object entry = entries.remove(key(values, values.size(), position));
            removed = entry == null ? removed : entry;
        }
        return removed;
    }

    @Override
    public boolean canHandle(Document query) {
        return leadingPlainValues(query) > 0;
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        int given = leadingPlainValues(query);
        Document leading = new Document();
        keys().subList(0, given).forEach(key -> leading.put(key, query.get(key)));
        String prefix = key(getKeyValues(leading).iterator().next(), given, null);
        List<Object> positions = new ArrayList<>();
        Iterator<String> keys = entries.keyIterator(prefix);
        while (keys.hasNext()) {
            String key = keys.next();
            if (!key.startsWith(prefix)) {
                break;
            }
            positions.add(entries.get(key));
        }
        return positions;
    }

    @Override
    public long getCount() {
        return entries.sizeAsLong();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
                                           MongoCollection<Object> collection) {
        if (!nullAwareEqualsKeys(oldDocument, newDocument)) {
            remove(oldDocument);
            add(newDocument, position, collection);
        }
    }

    @Override
    public void drop() {
        entries.clear();
    }

    /**
     * How many of the index's keys, from the first, the query gives as plain values (not an
     * operator, a pattern or an array); only top-level fields, the ones this application indexes.
     */
    private int leadingPlainValues(Document query) {
        int given = 0;
        for (String key : keys()) {
            Object value = query.get(key);
            if (key.contains(".") || !query.containsKey(key) || value instanceof Map || value instanceof Collection
                    || value instanceof Pattern) {
                break;
            }
            given++;
        }
        return given;
    }

    private static String key(KeyValue values, int count, Object position) {
        StringBuilder key = new StringBuilder();
        Iterator<Object> each = values.iterator();
        for (int i = 0; i < count; i++) {
            append(key, each.next());
        }
        if (position != null) {
            append(key, position);
        }
        return key.toString();
    }

    private static void append(StringBuilder key, Object value) {
        String type = value == null ? "null" : value.getClass().getSimpleName();
        String text = String.valueOf(value);
        key.append(type).append(' ').append(text.length()).append(':').append(text);
    }
}
