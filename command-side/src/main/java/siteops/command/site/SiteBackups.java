package siteops.command.site;

import siteops.api.backup.BackupKind;
import siteops.api.backup.BackupState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A site's backups as the site knows them, in the order they were requested: what a restore, a
 * deletion and retention are decided on. Changed only by the site's event sourcing handlers.
 */
final class SiteBackups {

    record Backup(String backupId, BackupKind kind, BackupState state, String version, Instant expiresAt) {

        Backup in(BackupState next) {
            return new Backup(backupId, kind, next, version, expiresAt);
        }

        Backup expiringAt(Instant instant) {
            return new Backup(backupId, kind, state, version, instant);
        }
    }

    private final Map<String, Backup> byId = new LinkedHashMap<>();

    void requested(String backupId, BackupKind kind, String version) {
        byId.put(backupId, new Backup(backupId, kind, BackupState.PENDING, version, null));
    }

    void completed(String backupId, Instant expiresAt) {
        byId.computeIfPresent(backupId, (id, backup) -> backup.in(BackupState.COMPLETED).expiringAt(expiresAt));
    }

    void failed(String backupId) {
        byId.computeIfPresent(backupId, (id, backup) -> backup.in(BackupState.FAILED));
    }

    void deleted(String backupId) {
        byId.computeIfPresent(backupId, (id, backup) -> backup.in(BackupState.DELETED));
    }

    Optional<Backup> find(String backupId) {
        return Optional.ofNullable(byId.get(backupId));
    }

    /** The completed manual backups beyond the newest {@code kept}, oldest first. */
    List<Backup> manualBeyondNewest(int kept) {
        List<Backup> completed = new ArrayList<>(byId.values().stream()
                .filter(backup -> backup.kind() == BackupKind.MANUAL && backup.state() == BackupState.COMPLETED)
                .toList());
        return completed.subList(0, Math.max(0, completed.size() - kept));
    }
}
