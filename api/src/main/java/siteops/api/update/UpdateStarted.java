package siteops.api.update;

import java.util.List;

/** The update runs: {@code companies} are the databases to convert, in order. */
public record UpdateStarted(
        String siteId,
        String updateId,
        String fromVersion,
        String targetVersion,
        List<String> companies) {

    public UpdateStarted {
        companies = List.copyOf(companies);
    }
}
