package siteops.api.update;

import java.util.List;

public record UpdateRequested(
        String siteId,
        String updateId,
        String fromVersion,
        String targetVersion,
        List<String> companies) {

    public UpdateRequested {
        companies = List.copyOf(companies);
    }
}
