package siteops.api.query;

import java.time.Duration;
import java.time.Instant;

/**
 * When work under way should end, estimated from the steps it has done so far and the time they
 * took, the rate held: the {@code eta} of an operation, an update or a rebuild.
 */
public final class Eta {

    private Eta() {
    }

    /** Null while nothing is done yet (no step measured); {@code now} once everything is. */
    public static Instant of(Instant since, long done, long total, Instant now) {
        if (since == null || done <= 0 || total <= 0) {
            return null;
        }
        if (done >= total) {
            return now;
        }
        long elapsedMillis = Math.max(0, Duration.between(since, now).toMillis());
        return now.plusMillis(elapsedMillis * (total - done) / done);
    }
}
