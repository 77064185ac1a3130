package siteops.api.restore;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

/**
 * The restore failed: the site's state is unknown ({@code Fault}) until a repair or a restore
 * succeeds. {@code updateId}: the update this restore was rolling back (which then ends with its
 * rollback failed), null for a user's restore.
 */
@Revision("1")
public record RestoreFailed(String siteId, String operationId, String backupId, String reason, String updateId)
        implements SiteStatusChange {

    @Override
    public SiteStatus statusAfter() {
        return SiteStatus.Fault;
    }
}
