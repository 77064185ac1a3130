package siteops.api.repair;

import java.time.Instant;

/**
 * What a repair request answers: the operation's id, when it was asked for (the time its event
 * is stored with, to the millisecond), and the site's revision after it.
 */
public record RepairAccepted(String siteId, String operationId, Instant requestedAt, long revision) {
}
