package siteops.api.query;

import java.time.Instant;

/**
 * Which of a site's history entries to read: of one event type (its stable name), caused by one
 * user, between two instants (both inclusive). A null part takes every entry.
 */
public record HistoryFilter(String type, String actor, Instant from, Instant to) {

    public static HistoryFilter none() {
        return new HistoryFilter(null, null, null, null);
    }
}
