package siteops.api.backup;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

import java.time.Instant;

/**
 * The backup is taken and usable; the site is back to {@code returnTo}. {@code expiresAt}: when
 * retention deletes it (a pre-update backup); null for a manual backup, which retention keeps
 * among the newest of the site's (and for a backup stored before retention existed).
 * {@code updateId}: the update the backup was taken before, null for a manual backup.
 */
@Revision("2")
public record BackupCompleted(String siteId, String backupId, SiteStatus returnTo, Instant expiresAt, String updateId)
        implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return returnTo;
    }
}
