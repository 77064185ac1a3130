package siteops.query.store;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.OptionalLong;

/** The position of the last event stored, if any: what the read models catch up with. */
public final class EventStoreHead {

    private EventStoreHead() {
    }

    public static OptionalLong of(EventStore eventStore) {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? OptionalLong.empty() : head.position();
    }
}
