package siteops.api.query;

import siteops.api.access.Actor;

/** A site's backups, newest first, if {@code viewer} may see the site. Answers {@link BackupPage}. */
public record FindSiteBackups(Actor viewer, String siteId, PageRequest page) {
}
