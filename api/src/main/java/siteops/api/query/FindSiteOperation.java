package siteops.api.query;

import siteops.api.access.Actor;

/** One operation of a site. Answers {@link OperationView}; refused with SITE_NOT_FOUND or OPERATION_NOT_FOUND. */
public record FindSiteOperation(Actor viewer, String siteId, String operationId) {
}
