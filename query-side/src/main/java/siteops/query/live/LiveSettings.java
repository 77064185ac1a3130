package siteops.query.live;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code siteops.live.*}: how many live streams the service holds at once, and per user; the
 * events a stream may have waiting for a client that reads slowly before it is closed (the client
 * reconnects and resumes with {@code Last-Event-ID}); the heartbeat; how long a stream lives
 * before the client is asked to reconnect.
 */
@ConfigurationProperties(prefix = "siteops.live")
public record LiveSettings(Integer maxStreams, Integer maxStreamsPerUser, Integer pendingEvents, Duration heartbeat,
                           Duration streamLifetime) {

    public LiveSettings {
        maxStreams = maxStreams == null ? 1_000 : maxStreams;
        maxStreamsPerUser = maxStreamsPerUser == null ? 50 : maxStreamsPerUser;
        pendingEvents = pendingEvents == null ? 64 : pendingEvents;
        heartbeat = heartbeat == null ? Duration.ofSeconds(15) : heartbeat;
        streamLifetime = streamLifetime == null ? Duration.ofMinutes(30) : streamLifetime;
    }
}
