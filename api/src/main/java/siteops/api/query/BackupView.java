package siteops.api.query;

import siteops.api.backup.BackupKind;
import siteops.api.backup.BackupState;
import siteops.api.site.Edition;

import java.time.Instant;
import java.util.List;

/** A backup of a site: what it was taken of, when, by whom, and where it stands. */
public record BackupView(
        String backupId,
        String siteId,
        BackupKind kind,
        String label,
        BackupState state,
        String version,
        Edition edition,
        List<String> companies,
        Instant requestedAt,
        Instant completedAt,
        String requestedBy,
        Instant expiresAt,
        String failure) {

    public BackupView {
        companies = List.copyOf(companies);
    }
}
