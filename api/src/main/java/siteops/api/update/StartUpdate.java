package siteops.api.update;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the update process: the pending update starts; the site's users are disconnected. */
public record StartUpdate(@TargetAggregateIdentifier String siteId, String updateId) {
}
