package siteops.app.audit;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;
import siteops.query.site.EventsAsOf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The events a site as of an instant is computed from, read from the relational store with their
 * positions, and deserialized as every replay does: through the same serializer and upcasters as
 * the event store's own reads. An event occurred at or before the instant when its stored
 * instant says so (read to the nanosecond).
 */
@Component
@ConditionalOnProcessRole(ProcessRole.QUERY)
class StoredEventsAsOf implements EventsAsOf {

    private static final String CATALOG_AGGREGATE = "PublishedVersion";

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final EventUpcaster upcasters;

    StoredEventsAsOf(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer,
                     org.axonframework.config.Configuration axon) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.upcasters = axon.upcasterChain();
    }

    @Override
    public List<PositionedEvent> ofSite(String siteId, Instant at) {
        return read("e.aggregateIdentifier = ? AND e.type = ? ORDER BY e.sequenceNumber", at, siteId,
                AuditFilter.SITE_AGGREGATE);
    }

    @Override
    public List<PositionedEvent> ofCatalog(Instant at) {
        return read("e.type = ? ORDER BY e.globalIndex", at, CATALOG_AGGREGATE);
    }

    private List<PositionedEvent> read(String condition, Instant at, Object... parameters) {
        List<StoredEvent> stored = jdbc.query("SELECT " + StoredEvent.COLUMNS + StoredEvent.FROM + " WHERE " + condition,
                (row, rowNumber) -> StoredEvent.read(row), parameters);
        Map<String, Long> positions = new HashMap<>();
        List<DomainEventData<?>> occurred = new ArrayList<>();
        for (StoredEvent event : stored) {
            if (!Instant.parse(event.occurredAt()).isAfter(at)) {
                positions.put(event.eventId(), event.position());
                occurred.add(new GenericDomainEventEntry<>(event.aggregateType(), event.aggregateId(), event.sequence(),
                        event.eventId(), event.occurredAt(), event.storedType(), event.revision(), event.payload(),
                        event.metadata()));
            }
        }
        DomainEventStream messages = EventStreamUtils.upcastAndDeserializeDomainEvents(occurred.stream(), serializer,
                upcasters);
        List<PositionedEvent> events = new ArrayList<>();
        while (messages.hasNext()) {
            DomainEventMessage<?> message = messages.next();
            events.add(new PositionedEvent(positions.get(message.getIdentifier()), message));
        }
        return events;
    }
}
