package siteops.command.simulator;

import siteops.api.operation.JobKind;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Faults injected for demos and tests: the next job of a kind on a site (for a conversion, of one
 * company) fails with the given reason.
 */
public class SimulatedFaults {

    private final Map<Key, String> reasons = new ConcurrentHashMap<>();

    /** {@code subject}: the company of a conversion; null for the jobs that concern the whole site. */
    public void inject(JobKind kind, String siteId, String subject, String reason) {
        reasons.put(new Key(kind, siteId, subject), reason);
    }

    /** The reason the next such job must fail with, if a fault was injected; the fault is used up. */
    public Optional<String> take(JobKind kind, String siteId, String subject) {
        return Optional.ofNullable(reasons.remove(new Key(kind, siteId, subject)));
    }

    public void clear() {
        reasons.clear();
    }

    private record Key(JobKind kind, String siteId, String subject) {

        private Key {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(siteId, "siteId");
        }
    }
}
