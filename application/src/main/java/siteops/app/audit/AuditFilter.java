package siteops.app.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Which events of the log a reader asked for, and may see. The filters combine with AND; a null
 * filter takes everything. {@code visibleSiteIds} is the tenancy: null for a reader who sees every
 * event (operator, auditor), else the only sites whose events it may read (and no event of other
 * aggregates: organisations, the catalog and name claims are the provider's).
 */
record AuditFilter(String siteId, String type, String actor, String correlationId, Instant from, Instant to,
                   List<String> visibleSiteIds) {

    static final String SITE_AGGREGATE = "Site";

    boolean seesEverything() {
        return visibleSiteIds == null;
    }

    /** The filters that the store does not answer itself: those read from the metadata, and instants to the nanosecond. */
    boolean matches(StoredEvent event, Map<String, Object> metadata) {
        if (actor != null && !actor.equals(metadata.get("actor"))) {
            return false;
        }
        if (correlationId != null && !correlationId.equals(metadata.get("correlationId"))) {
            return false;
        }
        if (from == null && to == null) {
            return true;
        }
        Instant occurredAt = Instant.parse(event.occurredAt());
        return (from == null || !occurredAt.isBefore(from)) && (to == null || !occurredAt.isAfter(to));
    }

    /** Whether the metadata must be read to decide. */
    boolean readsMetadata() {
        return actor != null || correlationId != null;
    }
}
