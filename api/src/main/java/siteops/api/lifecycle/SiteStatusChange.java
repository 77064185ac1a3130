package siteops.api.lifecycle;

import siteops.api.site.SiteStatus;

/**
 * An event that moves a site to a status, which it determines alone: the aggregate and the read
 * models take the status from here, so that they cannot disagree on a transition.
 */
public interface SiteStatusChange {

    String siteId();

    SiteStatus statusAfter();
}
