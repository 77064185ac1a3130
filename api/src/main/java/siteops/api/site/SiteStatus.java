package siteops.api.site;

/**
 * A site's status, spelled as the portal shows it; these are the values on the wire. Each status
 * says whether the site's users may connect and, when they may not, why (the front door's answer).
 * Which operations may start from it is {@link siteops.api.lifecycle.SiteLifecycle}'s table.
 */
public enum SiteStatus {
    /** Running and healthy. */
    Ready(null),
    /** An update has been requested and has not started yet. */
    Update(null),
    /** An update (or its rollback) is running. */
    Updating(ConnectionRefusal.UPDATING),
    /** Locked by a partner or the provider: nobody connects. */
    Locked(ConnectionRefusal.LOCKED),
    /** Suspended: its databases are kept, nobody connects. */
    Suspended(ConnectionRefusal.SUSPENDED),
    /** A backup is being taken, online: users stay connected. */
    BackingUp(null),
    /** A backup is being restored. */
    Restoring(ConnectionRefusal.RESTORING),
    /** Its applications are being redeployed. */
    Repairing(ConnectionRefusal.REPAIRING),
    /** An operation failed and left the site in an unknown state. */
    Fault(ConnectionRefusal.FAULT);

    private final ConnectionRefusal connectionRefusal;

    SiteStatus(ConnectionRefusal connectionRefusal) {
        this.connectionRefusal = connectionRefusal;
    }

    public boolean connectionsAllowed() {
        return connectionRefusal == null;
    }

    /** Why users may not connect now; null when they may. */
    public ConnectionRefusal connectionRefusal() {
        return connectionRefusal;
    }
}
