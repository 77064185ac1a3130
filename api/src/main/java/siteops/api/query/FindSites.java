package siteops.api.query;

import siteops.api.access.Actor;

/** The sites {@code viewer} may see, matching {@code filter}, sorted by name. Answers {@link SiteSummaryPage}. */
public record FindSites(Actor viewer, SiteFilter filter, PageRequest page) {
}
