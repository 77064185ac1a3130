package siteops.command.store;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Axon's caching repository, except that a unit of work rolled back without changing the
 * aggregate (a refused command, typically) leaves the aggregate in the cache. Axon evicts it at
 * every rollback, because the cached aggregate is the very object the command worked on and the
 * command may have applied events to it before failing. A refusal applies none, and evicting made
 * the next command read and replay the aggregate's whole history: a refused command on another
 * organisation's site (which exists) took measurably longer than one on a missing site, growing
 * with the site's history, and each refusal cost the site's owner a reload.
 * <p>
 * An aggregate changes only by the events it applies (its command handlers only decide), so one
 * whose version did not move during the unit of work is unchanged, and its cache entry valid.
 */
public class UnchangedStaysCachedRepository<T> extends CachingEventSourcingRepository<T> {

    private final Cache cache;

    public UnchangedStaysCachedRepository(EventSourcingRepository.Builder<T> builder, Cache cache) {
        super(builder.cache(cache));
        this.cache = cache;
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
        EventSourcedAggregate<T> aggregate = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        versionAtLoad.set(aggregate.version());
        loaded.set(aggregate);
        return aggregate;
    }
}
