package siteops.api.update;

import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

import java.util.List;

public record UpdateRequested(
        String siteId,
        String updateId,
        String fromVersion,
        String targetVersion,
        List<String> companies) implements SiteStatusChange {

    public UpdateRequested {
        companies = List.copyOf(companies);
    }

    @Override
    public SiteStatus statusAfter() {
        return SiteStatus.Update;
    }
}
