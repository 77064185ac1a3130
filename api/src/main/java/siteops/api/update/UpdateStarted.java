package siteops.api.update;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

import java.util.List;

/**
 * The conversions start: {@code companies} are the databases to convert, in order.
 * {@code preUpdateBackupId}: the backup taken before them, which a rollback restores; null for an
 * update stored before updates took a backup (it started with this event).
 */
@Revision("1")
public record UpdateStarted(
        String siteId,
        String updateId,
        String fromVersion,
        String targetVersion,
        List<String> companies,
        String preUpdateBackupId) implements SiteStatusChange {

    public UpdateStarted {
        companies = List.copyOf(companies);
    }

    @Override
    public SiteStatus statusAfter() {
        return SiteStatus.Updating;
    }
}
