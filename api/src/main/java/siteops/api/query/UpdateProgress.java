package siteops.api.query;

import siteops.api.update.UpdatePhase;

import java.time.Instant;

public record UpdateProgress(
        String updateId,
        String siteId,
        String fromVersion,
        String targetVersion,
        UpdatePhase phase,
        int companiesTotal,
        int companiesConverted,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt,
        UpdateFailure failure,
        String preUpdateBackupId,
        String restoredFromBackupId,
        Instant eta) {
}
