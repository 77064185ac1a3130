package siteops.app.idempotency;

import java.time.Instant;

/** A key already seen: the request it came with (its fingerprint), and its answer once there is one. */
record IdempotencyRecord(String fingerprint, Instant createdAt, StoredResponse response) {

    boolean inProgress() {
        return response == null;
    }
}
