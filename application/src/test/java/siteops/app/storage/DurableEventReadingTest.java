package siteops.app.storage;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The processors' reading of the stream hands out a batch only once it is on disk. */
class DurableEventReadingTest {

    private final InMemoryEventStorageEngine store = new InMemoryEventStorageEngine();
    private final List<Object> handedOut = new ArrayList<>();
    private final List<Integer> handedOutWhenDurabilityWasAwaited = new ArrayList<>();

    private void append(int count) {
        IntStream.range(0, count).forEach(i ->
                store.appendEvents(new GenericDomainEventMessage<>("Site", "site-1", i, "event " + i)));
    }

    private DurableEventReading reading(int batchSize) {
        return new DurableEventReading(store,
                () -> () -> handedOutWhenDurabilityWasAwaited.add(handedOut.size()), batchSize);
    }

    private void readAll(DurableEventReading reading, TrackingToken after) {
        reading.readEvents(after, true).forEach(event -> handedOut.add(event.getPayload()));
    }

    @Test
    void eachBatchIsHandedOutOnlyAfterItsEventsAreDurable() {
        append(5);

        readAll(reading(2), null);

        assertThat(handedOut).containsExactly("event 0", "event 1", "event 2", "event 3", "event 4");
        assertThat(handedOutWhenDurabilityWasAwaited).containsExactly(0, 2, 4);
    }

    @Test
    void readingResumesAfterTheGivenPosition() {
        append(4);
        Iterator<? extends TrackedEventMessage<?>> first = reading(10).readEvents(null, false).iterator();
        first.next();
        TrackingToken afterTheSecond = first.next().trackingToken();

        readAll(reading(10), afterTheSecond);

        assertThat(handedOut).containsExactly("event 2", "event 3");
    }

    @Test
    void anEmptyStreamWaitsForNothing() {
        readAll(reading(10), null);

        assertThat(handedOut).isEmpty();
        assertThat(handedOutWhenDurabilityWasAwaited).isEmpty();
    }

    @Test
    void aBatchThatCouldNotReachTheDiskIsNotHandedOut() {
        append(3);
        DurableEventReading fullDisk = new DurableEventReading(store, () -> () -> {
            throw new DataAccessResourceFailureException("could not write the H2 file");
        }, 10);

        assertThatThrownBy(() -> readAll(fullDisk, null)).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(handedOut).isEmpty();
    }
}
