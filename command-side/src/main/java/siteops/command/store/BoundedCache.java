package siteops.command.store;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The aggregates used last, up to a bound, kept in memory: a site's update is a string of
 * commands on the same aggregate, and each would otherwise read the aggregate's whole history
 * again. (Axon's {@code WeakReferenceCache} loses them at the first collection.) They are kept
 * for the incarnation of the store they were read from ({@link PerIncarnation}).
 */
public class BoundedCache implements Cache {

    private final PerIncarnation<Map<Object, Object>> entries;

    public BoundedCache(int maxEntries, StoreIncarnation incarnation) {
        this.entries = new PerIncarnation<>(incarnation, () -> new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > maxEntries;
            }
        });
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <K, V> V get(K key) {
        return (V) entries.current().get(key);
    }

    @Override
    public synchronized void put(Object key, Object value) {
        entries.current().put(key, value);
    }

    @Override
    public synchronized boolean putIfAbsent(Object key, Object value) {
        return entries.current().putIfAbsent(key, value) == null;
    }

    @Override
    public synchronized boolean remove(Object key) {
        return entries.current().remove(key) != null;
    }

    @Override
    public synchronized boolean containsKey(Object key) {
        return entries.current().containsKey(key);
    }

    /** Nothing in siteops listens to its caches. */
    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        throw new UnsupportedOperationException("BoundedCache does not notify listeners");
    }
}
