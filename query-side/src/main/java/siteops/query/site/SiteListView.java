package siteops.query.site;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import siteops.api.access.Actor;
import siteops.api.query.SiteFilter;
import siteops.api.query.SiteSummary;
import siteops.query.operation.OperationFields;
import siteops.query.store.CollectionScan;
import siteops.query.store.InMemoryReadModel;
import siteops.query.store.ProcessingGroups;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The site list, in the heap: an entry per site ({@link SiteListEntry}), in name order for the
 * whole fleet, for each partner and for each client ({@link SiteListOrder}), so that a page is a
 * slice of an array and a filter a scan of the viewer's sites alone, whatever the store.
 * <p>
 * It is a read model of the {@code sites} collection, not of the events: loaded from it at the
 * start, then, after each batch of the {@code sites} processor has been written and its token
 * stored, the sites the batch changed are read again. A document's revision orders the reads: an
 * entry is only replaced by one read from a document at least as recent, so that the load and
 * the batches may run at once in any order. After a kill -9 it is simply loaded again, from a
 * collection that is consistent with its token. Where other processes work segments of the
 * {@code sites} processor, the sites they change are read again as {@link SiteListFeed} finds them.
 * <p>
 * The load begins as soon as this bean exists, while the rest of the application starts, so that
 * reads are not held back by it once the HTTP server is up.
 */
@Component
public class SiteListView implements InMemoryReadModel, SiteListChanges, InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SiteListView.class);
    private static final String CHANGED_IN_BATCH = SiteListView.class.getName() + ".changed";
    /** What only the detail shows: the list reads a site's document without it. */
    static final List<String> UNLISTED_FIELDS = List.of("companies", SiteCollection.CURRENT_UPDATE,
            OperationFields.SITE_CURRENT_OPERATION);
    private static final Bson LISTED_FIELDS = Projections.exclude(UNLISTED_FIELDS);

    private final SiteCollection sites;
    private final CollectionScan scan;
    private final Canonical canonical = new Canonical();
    /** The current entry of each site; written under {@code this}. */
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();
    /** Sites whose document could not be read again after a change: read at the next occasion. */
    private final Set<String> stale = ConcurrentHashMap.newKeySet();
    private volatile SiteListOrder order = SiteListOrder.EMPTY;
    private volatile boolean loaded;
    private volatile boolean running;
    /** Where the changes other processes make come from, if any may. */
    private SiteListFeed feed;
    /** The entries read before this list existed, if they were. */
    private SiteListPreload preload;
    /** Incremented by every reset, so that a load begun before it does not bring back what it removed. */
    private long generation;

    /** Told of each entry the list takes again at a newer revision, once it has taken it. */
    private final List<Consumer<SiteListEntry>> changeListeners = new CopyOnWriteArrayList<>();

    public SiteListView(SiteCollection sites, CollectionScan scan) {
        this.sites = sites;
        this.scan = scan;
    }

    /** Set before the load begins, which it must precede. */
    @Autowired(required = false)
    void followChangesOfOtherProcesses(SiteListFeed feed) {
        this.feed = feed;
    }

    @Override
    public boolean isLoaded() {
        return loaded;
    }

    /** Set before the load begins, which takes what it read instead of reading again. */
    @Autowired(required = false)
    void takeFrom(SiteListPreload preload) {
        this.preload = preload;
    }

    /** Reads every site document and takes it in; reads wait for it at the start. */
    public void load() {
        long started = System.nanoTime();
        long loadedGeneration;
        synchronized (this) {
            loadedGeneration = generation;
        }
        Optional<List<SiteListEntry>> preloaded = Optional.ofNullable(preload).flatMap(SiteListPreload::take);
        List<SiteListEntry> entries = preloaded.orElseGet(() -> {
            List<SiteListEntry> read = new ArrayList<>();
            scan.forEach(sites.documents(), UNLISTED_FIELDS, site -> read.add(SiteListEntry.of(site, canonical)));
            return read;
        });
        synchronized (this) {
            if (loadedGeneration == generation) {
                take(entries);
            }
        }
        loaded = true;
        log.info("Site list loaded: {} sites in {} ms{}", slots.size(), (System.nanoTime() - started) / 1_000_000,
                preloaded.isPresent() ? ", as read at the start" : "");
    }

    /**
     * Where other processes write the collection too, its documents are written again from the
     * start of the stream: the feed follows the replay from there. (This process's own reset, if it
     * made it, emptied the list; the others keep theirs, which the documents catch up with.)
     */
    @Override
    public void rebuilt(String processingGroup) {
        if (feed != null && ProcessingGroups.SITES.equals(processingGroup)) {
            feed.followFromTheStart();
        }
    }

    /** A site's document changed: read again once the unit of work that changed it has committed. */
    @Override
    public void changed(String siteId) {
        if (!CurrentUnitOfWork.isStarted()) {
            refresh(Set.of(siteId));
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Set<String> changed = root.getOrComputeResource(CHANGED_IN_BATCH, key -> {
            Set<String> ids = new LinkedHashSet<>();
            root.afterCommit(committed -> refresh(ids));
            return ids;
        });
        changed.add(siteId);
    }

    /** The collection was emptied: so is the list. */
    @Override
    public synchronized void clear() {
        generation++;
        slots.clear();
        stale.clear();
        order = SiteListOrder.EMPTY;
    }

    /** The ids of every site the viewer may see, as the list has them now. */
    public List<String> siteIdsSeenBy(Actor viewer) {
        SiteListPage all = page(viewer, SiteFilter.none(), 0, Integer.MAX_VALUE);
        return all.entries().stream().map(SiteListEntry::siteId).toList();
    }

    /**
     * The viewer's sites matching the filter whose last change is after {@code since}, in the
     * list's order, at most {@code limit}: what a live list missed while it was disconnected.
     */
    public List<SiteSummary> changedSince(Actor viewer, SiteFilter filter, Instant since, int limit) {
        Predicate<SiteListEntry> changed = entry -> entry.summary().lastChangedAt().isAfter(since);
        return order.page(viewer, matcher(filter).and(changed), null, 0, limit).entries().stream()
                .map(SiteListEntry::summary).toList();
    }

    SiteListPage page(Actor viewer, SiteFilter filter, int offset, int size) {
        return order.page(viewer, matcher(filter), null, offset, size);
    }

    SiteListPage after(Actor viewer, SiteFilter filter, SiteCursor cursor, int size) {
        return order.page(viewer, matcher(filter), cursor, 0, size);
    }

    private Predicate<SiteListEntry> matcher(SiteFilter filter) {
        if (!stale.isEmpty()) {
            refresh(Set.of());
        }
        return SiteListFilter.of(filter);
    }

    void refresh(Collection<String> siteIds) {
        Set<String> ids = new HashSet<>(siteIds);
        ids.addAll(stale);
        if (ids.isEmpty()) {
            return;
        }
        try {
            List<Document> documents = sites.documents().find(Filters.in("_id", ids)).projection(LISTED_FIELDS)
                    .into(new ArrayList<>());
            List<SiteListEntry> entries = documents.stream().map(site -> SiteListEntry.of(site, canonical)).toList();
            List<SiteListEntry> newer;
            synchronized (this) {
                newer = take(entries);
            }
            stale.removeAll(ids);
            newer.forEach(entry -> changeListeners.forEach(listener -> listener.accept(entry)));
        } catch (RuntimeException e) {
            stale.addAll(ids);
            log.warn("The site list could not read {} changed sites again; it will at the next change or read",
                    ids.size(), e);
        }
    }

    /** Called under {@code this}; answers the entries taken at a newer revision than the list had (or new). */
    private List<SiteListEntry> take(Collection<SiteListEntry> entries) {
        List<Slot> added = new ArrayList<>();
        Set<Slot> removed = new HashSet<>();
        List<SiteListEntry> newer = new ArrayList<>();
        for (SiteListEntry entry : entries) {
            Slot current = slots.get(entry.siteId());
            if (current != null) {
                if (current.entry.revision() > entry.revision()) {
                    continue;
                }
                if (current.entry.revision() < entry.revision()) {
                    newer.add(entry);
                }
                if (current.entry.samePlaceAs(entry)) {
                    current.entry = entry;
                    continue;
                }
                removed.add(current);
            } else {
                newer.add(entry);
            }
            Slot slot = new Slot(entry);
            slots.put(entry.siteId(), slot);
            added.add(slot);
        }
        if (!added.isEmpty() || !removed.isEmpty()) {
            order = order.with(added, removed);
        }
        return newer;
    }

    /** {@code listener} is told of each site the list takes again at a newer revision, on the thread that took it. */
    void whenChanged(Consumer<SiteListEntry> listener) {
        changeListeners.add(listener);
    }

    /** Loads in the background, trying again while the store cannot be read (reads wait meanwhile). */
    @Override
    public void afterPropertiesSet() {
        running = true;
        Thread loader = new Thread(() -> {
            boolean following = feed == null;
            while (running && !loaded) {
                try {
                    if (!following) {
                        feed.start(this::refresh);
                        following = true;
                    }
                    load();
                } catch (RuntimeException e) {
                    log.warn("The site list could not be loaded; trying again in a second", e);
                    pause();
                }
            }
        }, "site-list-loader");
        loader.setDaemon(true);
        loader.start();
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() {
        running = false;
    }

    /**
     * A site's place in the orders: what orders it and who sees it never change for one slot (a
     * site whose name or organisation changes gets a new slot); its entry does, in place.
     */
    static final class Slot {

        final String siteId;
        final String sortName;
        final String partnerId;
        final String clientId;
        volatile SiteListEntry entry;

        Slot(SiteListEntry entry) {
            this.siteId = entry.siteId();
            this.sortName = entry.sortName();
            this.partnerId = entry.summary().partnerId();
            this.clientId = entry.summary().clientId();
            this.entry = entry;
        }
    }
}
