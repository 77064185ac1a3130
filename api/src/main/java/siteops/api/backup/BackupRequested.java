package siteops.api.backup;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.Edition;
import siteops.api.site.SiteStatus;

import java.util.List;

/**
 * A backup of the site is to be taken, online: the site is BackingUp, its users stay connected.
 * It records what it is a backup of ({@code version}, {@code edition}, {@code companies}) and
 * {@code returnTo}, the status the site goes back to once the backup has ended, either way.
 */
@Revision("2")
public record BackupRequested(String siteId, String backupId, BackupKind kind, String label, String version,
                              Edition edition, List<String> companies, SiteStatus returnTo, String updateId)
        implements SiteStatusChange {

    public BackupRequested {
        companies = List.copyOf(companies);
    }

    @Override
    public SiteStatus statusAfter() {
        return kind == BackupKind.PRE_UPDATE ? SiteStatus.Updating : SiteStatus.BackingUp;
    }
}
