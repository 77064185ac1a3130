package siteops.query.admin;

import java.time.Instant;

/**
 * Where a read model's processor stands: the global position of the last event it applied, the
 * event store's head, how many events it is behind, whether it has caught up since it started,
 * and whether it is replaying after a rebuild. While a rebuild runs: how far it has gone (0 to 1),
 * the events replayed and to replay, and when it should end ({@link RebuildProgress}); null otherwise.
 */
public record ReadModelStatus(
        String name,
        Long position,
        Long headPosition,
        Long behind,
        boolean caughtUp,
        boolean replaying,
        Double progress,
        Long eventsDone,
        Long eventsTotal,
        Instant eta) {

    static ReadModelStatus of(String name, Long position, Long headPosition, Long behind, boolean caughtUp,
                              boolean replaying, RebuildProgress rebuild) {
        return rebuild == null
                ? new ReadModelStatus(name, position, headPosition, behind, caughtUp, replaying, null, null, null, null)
                : new ReadModelStatus(name, position, headPosition, behind, caughtUp, replaying, rebuild.progress(),
                rebuild.eventsDone(), rebuild.eventsTotal(), rebuild.eta());
    }
}
