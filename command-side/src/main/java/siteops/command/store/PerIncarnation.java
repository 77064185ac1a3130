package siteops.command.store;

import java.util.function.Supplier;

/**
 * State the command side keeps in memory of what it read from the store, to spare reading it
 * again, valid for one incarnation of the store only ({@link StoreIncarnation}): it starts afresh
 * with each new incarnation, and a thread still working through an incarnation that has ended
 * is given a throwaway copy, so that what it learns there is never kept.
 */
public final class PerIncarnation<T> {

    private final StoreIncarnation incarnation;
    private final Supplier<T> fresh;
    private long keptFor = StoreIncarnation.SUPERSEDED;
    private T kept;

    public PerIncarnation(StoreIncarnation incarnation, Supplier<T> fresh) {
        this.incarnation = incarnation;
        this.fresh = fresh;
    }

    public synchronized T current() {
        long now = incarnation.current();
        if (now == StoreIncarnation.SUPERSEDED) {
            return fresh.get();
        }
        if (kept == null || now != keptFor) {
            kept = fresh.get();
            keptFor = now;
        }
        return kept;
    }
}
