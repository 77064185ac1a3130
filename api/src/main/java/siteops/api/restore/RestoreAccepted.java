package siteops.api.restore;

/** What a restore request answers: the operation's id, the backup, and the site's revision after it. */
public record RestoreAccepted(String siteId, String operationId, String backupId, long revision) {
}
