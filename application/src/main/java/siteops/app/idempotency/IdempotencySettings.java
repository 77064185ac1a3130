package siteops.app.idempotency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long an {@code Idempotency-Key}'s answer is kept ({@code retention}), and after how long a
 * request still marked in progress is taken to have died with its process ({@code abandon-after},
 * longer than a command may take).
 */
@ConfigurationProperties("siteops.idempotency")
public record IdempotencySettings(
        @DefaultValue("P1D") Duration retention,
        @DefaultValue("PT2M") Duration abandonAfter) {
}
