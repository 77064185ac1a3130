package siteops.api.query;

import siteops.api.access.Actor;

/** The versions a site may update to, newest first (the update dialog). Answers {@link AvailableVersionPage}. */
public record FindAvailableUpdates(Actor viewer, String siteId, PageRequest page) {
}
