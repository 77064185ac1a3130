package siteops.query.site;

import org.axonframework.eventhandling.DomainEventMessage;

import java.time.Instant;
import java.util.List;

/**
 * The stored events a site's state at an instant is computed from, read back as every replay reads
 * them (through the upcasters), each with its global position.
 */
public interface EventsAsOf {

    /** The site's events that occurred at or before {@code at}, in the site's order. */
    List<PositionedEvent> ofSite(String siteId, Instant at);

    /** The version catalog's events that occurred at or before {@code at}, in global order. */
    List<PositionedEvent> ofCatalog(Instant at);

    record PositionedEvent(long position, DomainEventMessage<?> message) {
    }
}
