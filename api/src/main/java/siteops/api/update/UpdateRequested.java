package siteops.api.update;

import org.axonframework.serialization.Revision;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.site.SiteStatus;

import java.util.List;

@Revision("1")
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
