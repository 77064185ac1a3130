package siteops.api.site;

import java.util.ArrayList;
import java.util.List;

/** Operations of the portal's operations panel that siteops runs. */
public enum SiteOperation {
    UPDATE,
    MIGRATE_PRODUCT;

    /**
     * The operations the portal may enable for a site now. Update needs a ready site and a newer
     * version to go to; migration a ready site on an edition that has a higher one.
     */
    public static List<SiteOperation> allowedFor(SiteStatus status, Edition edition, boolean newerVersionPublished) {
        List<SiteOperation> allowed = new ArrayList<>();
        if (!status.acceptsOperations()) {
            return allowed;
        }
        if (newerVersionPublished) {
            allowed.add(UPDATE);
        }
        if (edition.hasUpgrade()) {
            allowed.add(MIGRATE_PRODUCT);
        }
        return allowed;
    }
}
