package siteops.command.update;

import java.util.Map;

/**
 * Convert {@code company}'s database of a site from one version to another. {@code correlationData}
 * is opaque to the agent and sent back with its report, so that the report's events carry the
 * same actor and correlation id as the update they belong to.
 */
public record ConversionRequest(
        String siteId,
        String updateId,
        String company,
        String fromVersion,
        String targetVersion,
        Map<String, Object> correlationData) {

    public ConversionRequest {
        correlationData = Map.copyOf(correlationData);
    }
}
