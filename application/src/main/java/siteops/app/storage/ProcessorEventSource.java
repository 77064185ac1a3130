package siteops.app.storage;

import jakarta.annotation.PreDestroy;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * Where the event processors read the stream (each names it as its {@code source}): one reading of
 * the store shared by all of them, polled every {@value #POLL_MILLIS} ms, which can be started
 * afresh. Axon's own event store keeps, for its shared reading, recent events in a cache and the
 * position it has read up to, and neither can be reset: after H2 lost writes (a full disk), it
 * would hand out events the store no longer has and pass over those the store then writes at the
 * same positions. {@link StoreRecovery} starts this one afresh instead, with every processor stopped.
 */
@Component("processorEventSource")
public class ProcessorEventSource implements StreamableMessageSource<TrackedEventMessage<?>> {

    static final long POLL_MILLIS = 20;

    private final EventStorageEngine storageEngine;
    private final StreamableMessageSource<TrackedEventMessage<?>> axonServer;
    private volatile EmbeddedEventStore reading;

    /** With Axon Server (no storage engine of ours), the processors read its stream, as they would without this. */
    public ProcessorEventSource(ObjectProvider<EventStorageEngine> storageEngine, EventStore eventStore) {
        this.storageEngine = storageEngine.getIfAvailable();
        this.axonServer = eventStore;
        this.reading = this.storageEngine == null ? null : newReading();
    }

    private EmbeddedEventStore newReading() {
        return EmbeddedEventStore.builder().storageEngine(storageEngine).fetchDelay(POLL_MILLIS).build();
    }

    private StreamableMessageSource<TrackedEventMessage<?>> source() {
        EmbeddedEventStore current = reading;
        return current == null ? axonServer : current;
    }

    /** Only while no processor reads: the streams open on the reading being replaced end with it. */
    void startAfresh() {
        EmbeddedEventStore replaced = reading;
        if (replaced != null) {
            reading = newReading();
            replaced.shutDown();
        }
    }

    @PreDestroy
    void stop() {
        if (reading != null) {
            reading.shutDown();
        }
    }

    @Override
    public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
        return source().openStream(trackingToken);
    }

    @Override
    public TrackingToken createTailToken() {
        return source().createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return source().createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return source().createTokenAt(dateTime);
    }

    @Override
    public TrackingToken createTokenSince(Duration duration) {
        return source().createTokenSince(duration);
    }
}
