package siteops.api.query;

import siteops.api.access.Actor;

/** A site's operations, newest first, if {@code viewer} may see the site. Answers {@link OperationPage}. */
public record FindSiteOperations(Actor viewer, String siteId, PageRequest page) {
}
