package siteops.app.idempotency;

import java.time.Instant;

/**
 * A key already seen: the request it came with (its fingerprint) and, until the request has its
 * answer, the lease by which the process serving it holds the key.
 */
record IdempotencyRecord(String fingerprint, Instant leaseUntil, StoredResponse response) {

    boolean inProgress() {
        return response == null;
    }

    /** Held by a process that stopped renewing it: it died, and the request may run again. */
    boolean abandonedAt(Instant now) {
        return inProgress() && leaseUntil.isBefore(now);
    }
}
