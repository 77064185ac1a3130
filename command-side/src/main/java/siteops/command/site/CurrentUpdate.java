package siteops.command.site;

import siteops.api.update.UpdatePhase;

import java.util.ArrayList;
import java.util.List;

/** The update running on a site, as far as the site's rules need it. */
record CurrentUpdate(
        String updateId,
        String targetVersion,
        UpdatePhase phase,
        List<String> converted,
        String failedCompany,
        String failureReason) {

    CurrentUpdate {
        converted = List.copyOf(converted);
    }

    static CurrentUpdate pending(String updateId, String targetVersion) {
        return new CurrentUpdate(updateId, targetVersion, UpdatePhase.PENDING, List.of(), null, null);
    }

    CurrentUpdate inPhase(UpdatePhase next) {
        return new CurrentUpdate(updateId, targetVersion, next, converted, failedCompany, failureReason);
    }

    CurrentUpdate withConverted(String company) {
        List<String> nowConverted = new ArrayList<>(converted);
        nowConverted.add(company);
        return new CurrentUpdate(updateId, targetVersion, phase, nowConverted, failedCompany, failureReason);
    }

    CurrentUpdate failed(String company, String reason) {
        return new CurrentUpdate(updateId, targetVersion, UpdatePhase.ROLLING_BACK, converted, company, reason);
    }
}
