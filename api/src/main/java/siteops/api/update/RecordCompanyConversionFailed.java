package siteops.api.update;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A company's conversion failed: reported by a conversion agent, or by the update process when the agent timed out. */
public record RecordCompanyConversionFailed(
        @TargetAggregateIdentifier String siteId,
        String updateId,
        String company,
        String reason) {
}
