package siteops.command.simulator;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Faults injected for demos and tests: the next conversion of a site's company fails with the given reason. */
public class SimulatedFaults {

    private final Map<Key, String> reasons = new ConcurrentHashMap<>();

    public void inject(String siteId, String company, String reason) {
        reasons.put(new Key(siteId, company), reason);
    }

    /** The reason the next conversion of this company must fail with, if a fault was injected; the fault is used up. */
    public Optional<String> take(String siteId, String company) {
        return Optional.ofNullable(reasons.remove(new Key(siteId, company)));
    }

    public void clear() {
        reasons.clear();
    }

    private record Key(String siteId, String company) {
    }
}
