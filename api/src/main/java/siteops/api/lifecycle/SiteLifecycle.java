package siteops.api.lifecycle;

import siteops.api.access.Role;
import siteops.api.site.Edition;
import siteops.api.site.SiteOperation;
import siteops.api.site.SiteStatus;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static siteops.api.site.SiteOperation.BACK_UP;
import static siteops.api.site.SiteOperation.LOCK;
import static siteops.api.site.SiteOperation.MANAGE_BACKUPS;
import static siteops.api.site.SiteOperation.MIGRATE_PRODUCT;
import static siteops.api.site.SiteOperation.MODIFY;
import static siteops.api.site.SiteOperation.REPAIR;
import static siteops.api.site.SiteOperation.RESTORE_BACKUP;
import static siteops.api.site.SiteOperation.RESUME;
import static siteops.api.site.SiteOperation.SUSPEND;
import static siteops.api.site.SiteOperation.UNLOCK;
import static siteops.api.site.SiteOperation.UPDATE;

/**
 * The one definition of a site's lifecycle: which operation may start from which status, and
 * which role may do which operation. The aggregate decides with it, and {@code allowedOperations}
 * is computed from it; whether users may connect is each {@link SiteStatus}'s own.
 */
public final class SiteLifecycle {

    private static final Map<SiteStatus, Set<SiteOperation>> STARTABLE = new EnumMap<>(Map.of(
            SiteStatus.Ready, EnumSet.of(UPDATE, MIGRATE_PRODUCT, MODIFY, LOCK, SUSPEND, REPAIR, BACK_UP,
                    RESTORE_BACKUP, MANAGE_BACKUPS),
            SiteStatus.Update, EnumSet.noneOf(SiteOperation.class),
            SiteStatus.Updating, EnumSet.noneOf(SiteOperation.class),
            SiteStatus.Locked, EnumSet.of(UNLOCK, MODIFY, BACK_UP, RESTORE_BACKUP, REPAIR, SUSPEND, MANAGE_BACKUPS),
            SiteStatus.Suspended, EnumSet.of(RESUME, MODIFY, MANAGE_BACKUPS),
            SiteStatus.BackingUp, EnumSet.noneOf(SiteOperation.class),
            SiteStatus.Restoring, EnumSet.noneOf(SiteOperation.class),
            SiteStatus.Repairing, EnumSet.noneOf(SiteOperation.class),
            SiteStatus.Fault, EnumSet.of(REPAIR, RESTORE_BACKUP, MANAGE_BACKUPS)));

    /**
     * Operators and partners (on the sites they see) do everything; clients update, migrate and
     * back up; auditors read and do nothing.
     */
    private static final Map<Role, Set<SiteOperation>> PERMITTED = new EnumMap<>(Map.of(
            Role.OPERATOR, EnumSet.allOf(SiteOperation.class),
            Role.PARTNER, EnumSet.allOf(SiteOperation.class),
            Role.CLIENT, EnumSet.of(UPDATE, MIGRATE_PRODUCT, BACK_UP),
            Role.AUDITOR, EnumSet.noneOf(SiteOperation.class)));

    private SiteLifecycle() {
    }

    public static boolean mayStart(SiteOperation operation, SiteStatus status) {
        return STARTABLE.getOrDefault(status, Set.of()).contains(operation);
    }

    public static boolean mayDo(Role role, SiteOperation operation) {
        return PERMITTED.getOrDefault(role, Set.of()).contains(operation);
    }

    /** What the status allows and the role may do. */
    public static List<SiteOperation> startable(SiteStatus status, Role role) {
        return Arrays.stream(SiteOperation.values())
                .filter(operation -> mayStart(operation, status) && mayDo(role, operation))
                .toList();
    }

    /**
     * What the portal enables for this user on this site now: what is {@link #startable}, and
     * makes sense for the site (an update needs a newer version to go to, a migration an edition
     * above the site's).
     */
    public static List<SiteOperation> allowedOperations(SiteStatus status, Role role, Edition edition,
                                                        boolean newerVersionPublished) {
        return startable(status, role).stream()
                .filter(operation -> operation != UPDATE || newerVersionPublished)
                .filter(operation -> operation != MIGRATE_PRODUCT || edition.hasUpgrade())
                .toList();
    }
}
