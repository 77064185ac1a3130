package siteops.api.update;

import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

import java.util.List;

/** The update runs: {@code companies} are the databases to convert, in order. */
public record UpdateStarted(
        String siteId,
        String updateId,
        String fromVersion,
        String targetVersion,
        List<String> companies) implements SiteStatusChange {

    public UpdateStarted {
        companies = List.copyOf(companies);
    }

    @Override
    public SiteStatus statusAfter() {
        return SiteStatus.Updating;
    }
}
