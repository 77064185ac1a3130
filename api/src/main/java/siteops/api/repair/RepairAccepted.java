package siteops.api.repair;

/** What a repair request answers: the operation's id and the site's revision after it. */
public record RepairAccepted(String siteId, String operationId, long revision) {
}
