package siteops.api.query;

import java.time.Instant;
import java.util.Map;

/**
 * One event of a site's history: {@code sequence} is its position in the site's event stream,
 * {@code type} the event's name, {@code actor} who caused it, {@code details} its payload.
 */
public record HistoryEntry(
        String eventId,
        long sequence,
        Instant occurredAt,
        String type,
        String summary,
        String actor,
        Map<String, Object> details) {
}
