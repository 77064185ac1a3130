package siteops.api.query;

import siteops.api.access.Actor;

/**
 * The sites {@code viewer} may see, matching {@code filter}, sorted by name: the page {@code page},
 * or, when {@code after} (a cursor an earlier answer gave) is set, the {@code page.size()} sites
 * after it. Answers {@link SiteSummaryPage}.
 */
public record FindSites(Actor viewer, SiteFilter filter, PageRequest page, String after) {
}
