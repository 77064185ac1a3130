package siteops.app.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long an {@code Idempotency-Key}'s answer is kept ({@code retention}); how long a request in
 * progress holds its key without renewing it ({@code lease}: the process serving it renews it every
 * second, so a key held by a process that died is free again after at most this long); and how many
 * keys one user may hold at once ({@code max-keys-per-user}; past it, 429 until the oldest expire).
 */
@ConfigurationProperties("siteops.idempotency")
public record IdempotencySettings(
        @DefaultValue("P1D") Duration retention,
        @DefaultValue("PT10S") Duration lease,
        @DefaultValue("10000") int maxKeysPerUser) {

    static final Duration LEASE_RENEWAL = Duration.ofSeconds(1);

    public IdempotencySettings {
        if (lease.compareTo(LEASE_RENEWAL.multipliedBy(3)) < 0) {
            throw new IllegalArgumentException("siteops.idempotency.lease: at least three times the renewal period ("
                    + LEASE_RENEWAL + "), so that a slow renewal does not free a key in use");
        }
        if (maxKeysPerUser < 1) {
            throw new IllegalArgumentException("siteops.idempotency.max-keys-per-user: at least 1");
        }
    }
}
