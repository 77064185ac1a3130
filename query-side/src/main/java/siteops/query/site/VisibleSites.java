package siteops.query.site;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Component;
import siteops.api.access.Actor;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

/**
 * The read side's half of the tenancy rule ({@link Actor#canSee}) for one site (for lists:
 * {@link SiteListOrder}). A site an actor may not see is answered exactly like a site that does not exist.
 */
@Component
public class VisibleSites {

    private final SiteCollection sites;

    public VisibleSites(SiteCollection sites) {
        this.sites = sites;
    }

    /** Found by id alone (the id index answers it on any MongoDB), then checked against the viewer. */
    public Document require(Actor viewer, String siteId) {
        Document site = sites.documents().find(Filters.eq("_id", siteId)).first();
        if (site == null || !viewer.canSee(site.getString("partnerId"), site.getString("clientId"))) {
            throw new RefusedException(RefusalCode.SITE_NOT_FOUND, "no site " + siteId);
        }
        return site;
    }
}
