package siteops.query.admin;

/**
 * Where a read model's processor stands: the global position of the last event it applied, the
 * event store's head, how many events it is behind, whether it has caught up since it started,
 * and whether it is replaying after a rebuild.
 */
public record ReadModelStatus(
        String name,
        Long position,
        Long headPosition,
        Long behind,
        boolean caughtUp,
        boolean replaying) {
}
