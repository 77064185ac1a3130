package siteops.app.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Bounds on what a request's body may cost the service: its size ({@code max-size}; the largest
 * body a client needs, a batch of 1,000 site registrations, is a few hundred kilobytes), the time
 * it may take to arrive in full ({@code timeout}), and how many bodies one user may have on their
 * way at once ({@code max-pending-per-user}), each holding a thread of the server while it arrives.
 */
@ConfigurationProperties("siteops.http.body")
public record RequestBodySettings(
        @DefaultValue("2MB") DataSize maxSize,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("4") int maxPendingPerUser) {
}
