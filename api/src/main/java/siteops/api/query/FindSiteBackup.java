package siteops.api.query;

import siteops.api.access.Actor;

/** One backup of a site. Answers {@link BackupView}; refused with SITE_NOT_FOUND or BACKUP_NOT_FOUND. */
public record FindSiteBackup(Actor viewer, String siteId, String backupId) {
}
