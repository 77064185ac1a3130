package siteops.command.store;

import org.axonframework.common.caching.Cache;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.RepositorySpanFactory;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Axon's caching repository, with two differences.
 * <p>
 * A unit of work rolled back without changing the aggregate (a refused command, typically) leaves
 * the aggregate in the cache. Axon evicts it at every rollback, because the cached aggregate is
 * the very object the command worked on and the command may have applied events to it before
 * failing. A refusal applies none, and evicting made the next command read and replay the
 * aggregate's whole history: a refused command on another organisation's site (which exists) took
 * measurably longer than one on a missing site, growing with the site's history, and each refusal
 * cost the site's owner a reload. An aggregate changes only by the events it applies (its command
 * handlers only decide), so one whose version did not move during the unit of work is unchanged,
 * and its cache entry valid.
 * <p>
 * Where other processes append to the same event store ({@link EventStoreWriters#SEVERAL_PROCESSES}),
 * an aggregate found in the cache is first checked against the store's last sequence number for
 * it (one indexed read) and read again if another process has appended since: a command is then
 * never decided, nor refused, on a state the store has left behind. Without the check, a refusal
 * would keep the stale aggregate cached and go on refusing.
 */
public class CachingRepository<T> extends CachingEventSourcingRepository<T> {

    private final Cache cache;
    private final EventStore eventStore;
    private final EventStoreWriters writers;

    public CachingRepository(EventSourcingRepository.Builder<T> builder, EventStore eventStore, Cache cache,
                             EventStoreWriters writers) {
        super(builder.eventStore(eventStore).cache(cache));
        this.cache = cache;
        this.eventStore = eventStore;
        this.writers = writers;
    }

    /** The repository of {@code aggregateType} as Axon's configuration builds it, on {@code cache}. */
    public static <T> CachingRepository<T> of(Class<T> aggregateType, Configuration axon, Cache cache,
                                              EventStoreWriters writers) {
        return new CachingRepository<>(EventSourcingRepository.builder(aggregateType)
                .parameterResolverFactory(axon.parameterResolverFactory())
                .handlerDefinition(axon.handlerDefinition(aggregateType))
                .repositoryProvider(axon::repository)
                .spanFactory(axon.getComponent(RepositorySpanFactory.class)), axon.eventStore(), cache, writers);
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        AtomicReference<EventSourcedAggregate<T>> loaded = new AtomicReference<>();
        AtomicReference<Long> versionAtLoad = new AtomicReference<>();
        // Registered before the load: rollback handlers run last registered first, so this one
        // runs after those of the caching repository, which evict the aggregate.
        CurrentUnitOfWork.get().onRollback(unitOfWork -> {
            EventSourcedAggregate<T> aggregate = loaded.get();
            if (aggregate != null && !aggregate.isDeleted()
                    && Objects.equals(aggregate.version(), versionAtLoad.get())) {
                cache.put(aggregateIdentifier, new AggregateCacheEntry<>(aggregate));
            }
        });
        boolean cached = writers == EventStoreWriters.SEVERAL_PROCESSES && cache.containsKey(aggregateIdentifier);
        EventSourcedAggregate<T> aggregate = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        if (cached && appendedSince(aggregateIdentifier, aggregate.version())) {
            cache.remove(aggregateIdentifier);
            aggregate = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        }
        versionAtLoad.set(aggregate.version());
        loaded.set(aggregate);
        return aggregate;
    }

    private boolean appendedSince(String aggregateIdentifier, Long version) {
        return eventStore.lastSequenceNumberFor(aggregateIdentifier)
                .map(stored -> version == null || stored > version)
                .orElse(false);
    }
}
