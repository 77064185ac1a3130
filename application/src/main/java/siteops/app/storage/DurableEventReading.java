package siteops.app.storage;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import siteops.command.web.CommitDurability;

import java.time.Instant;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The event store as the event processors read its stream: they are handed an event only once it
 * is on disk. Each batch is read, then waited for ({@link CommitDurability}, a checkpoint shared
 * with the commands being answered), then handed out. So nothing derived from the stream (a read
 * model, the update process, Axon's shared reading with its cache and position) ever holds an
 * event that a store closing itself on a full disk, or a crash, takes back; and the positions such
 * an event had, which the store may give again, are never passed over. Every other read and every
 * write goes to the store as it is.
 */
final class DurableEventReading implements EventStorageEngine {

    private final EventStorageEngine store;
    private final CommitDurability commits;
    private final int batchSize;

    DurableEventReading(EventStorageEngine store, CommitDurability commits, int batchSize) {
        this.store = store;
        this.commits = commits;
        this.batchSize = batchSize;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return StreamSupport.stream(new DurableBatches(trackingToken), false);
    }

    /** Ends, as the store's own stream does, at the first read that finds nothing more. */
    private final class DurableBatches extends Spliterators.AbstractSpliterator<TrackedEventMessage<?>> {

        private TrackingToken lastRead;
        private Iterator<? extends TrackedEventMessage<?>> batch = Collections.emptyIterator();

        DurableBatches(TrackingToken after) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.lastRead = after;
        }

        @Override
        public boolean tryAdvance(Consumer<? super TrackedEventMessage<?>> action) {
            if (!batch.hasNext()) {
                List<? extends TrackedEventMessage<?>> next = readDurableBatch();
                if (next.isEmpty()) {
                    return false;
                }
                batch = next.iterator();
            }
            TrackedEventMessage<?> event = batch.next();
            lastRead = event.trackingToken();
            action.accept(event);
            return true;
        }

        /**
         * Everything read was committed before the wait began, so the wait covers all of it; and
         * it fails if the store read from has closed since, its last commits lost.
         */
        private List<? extends TrackedEventMessage<?>> readDurableBatch() {
            CommitDurability.Commits readFrom = commits.begin();
            List<? extends TrackedEventMessage<?>> read;
            try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(lastRead, false)) {
                read = events.limit(batchSize).toList();
            }
            if (!read.isEmpty()) {
                readFrom.awaitDurable();
            }
            return read;
        }
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        store.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        store.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return store.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return store.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return store.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return store.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return store.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return store.createTokenAt(dateTime);
    }
}
