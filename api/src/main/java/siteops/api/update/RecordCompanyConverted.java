package siteops.api.update;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A conversion agent reports that a company's database is converted to the update's target version. */
public record RecordCompanyConverted(@TargetAggregateIdentifier String siteId, String updateId, String company) {
}
