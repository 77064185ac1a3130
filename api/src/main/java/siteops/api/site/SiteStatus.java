package siteops.api.site;

/** A site's status, spelled as the portal shows it; these are the values on the wire. */
public enum SiteStatus {
    /** Available: users can connect, operations can start. */
    Ready,
    /** An update has been requested and has not started yet. */
    Update,
    /** An update (or its rollback) is running: users cannot connect. */
    Updating;

    /** Operations (update, migration, ...) start only from a ready site. */
    public boolean acceptsOperations() {
        return this == Ready;
    }

    public boolean connectionsAllowed() {
        return this != Updating;
    }
}
