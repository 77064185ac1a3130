package siteops.api.restore;

import java.time.Instant;

/**
 * What a restore request answers: the operation's id, the backup, when it was asked for (the time
 * its event is stored with, to the millisecond), and the site's revision after it.
 */
public record RestoreAccepted(String siteId, String operationId, String backupId, Instant requestedAt,
                              long revision) {
}
