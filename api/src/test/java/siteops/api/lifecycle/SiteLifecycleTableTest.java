package siteops.api.lifecycle;

import org.junit.jupiter.api.Test;
import siteops.api.access.Role;
import siteops.api.site.ConnectionRefusal;
import siteops.api.site.Edition;
import siteops.api.site.SiteOperation;
import siteops.api.site.SiteStatus;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
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
 * The contract's tables, written out cell by cell (docs/http-api.md, "The operations panel"):
 * a cell of the lifecycle that changes fails here, whatever the code that reads it.
 */
class SiteLifecycleTableTest {

    private static final Map<SiteStatus, Set<SiteOperation>> CONTRACT_STARTABLE = Map.of(
            SiteStatus.Ready, EnumSet.of(UPDATE, MIGRATE_PRODUCT, MODIFY, LOCK, SUSPEND, REPAIR, BACK_UP,
                    RESTORE_BACKUP, MANAGE_BACKUPS),
            SiteStatus.Update, EnumSet.noneOf(SiteOperation.class),
            SiteStatus.Updating, EnumSet.noneOf(SiteOperation.class),
            SiteStatus.Locked, EnumSet.of(UNLOCK, MODIFY, BACK_UP, RESTORE_BACKUP, REPAIR, SUSPEND, MANAGE_BACKUPS),
            SiteStatus.Suspended, EnumSet.of(RESUME, MODIFY, MANAGE_BACKUPS),
            SiteStatus.BackingUp, EnumSet.noneOf(SiteOperation.class),
            SiteStatus.Restoring, EnumSet.noneOf(SiteOperation.class),
            SiteStatus.Repairing, EnumSet.noneOf(SiteOperation.class),
            SiteStatus.Fault, EnumSet.of(REPAIR, RESTORE_BACKUP, MANAGE_BACKUPS));

    private static final Map<SiteStatus, ConnectionRefusal> CONTRACT_CONNECTIONS_REFUSED = Map.of(
            SiteStatus.Updating, ConnectionRefusal.UPDATING,
            SiteStatus.Locked, ConnectionRefusal.LOCKED,
            SiteStatus.Suspended, ConnectionRefusal.SUSPENDED,
            SiteStatus.Restoring, ConnectionRefusal.RESTORING,
            SiteStatus.Repairing, ConnectionRefusal.REPAIRING,
            SiteStatus.Fault, ConnectionRefusal.FAULT);

    private static final Map<Role, Set<SiteOperation>> CONTRACT_PERMITTED = Map.of(
            Role.OPERATOR, EnumSet.allOf(SiteOperation.class),
            Role.PARTNER, EnumSet.allOf(SiteOperation.class),
            Role.CLIENT, EnumSet.of(UPDATE, MIGRATE_PRODUCT, BACK_UP),
            Role.AUDITOR, EnumSet.noneOf(SiteOperation.class));

    @Test
    void everyStatusAllowsExactlyTheOperationsOfTheContract() {
        for (SiteStatus status : SiteStatus.values()) {
            Set<SiteOperation> startable = Arrays.stream(SiteOperation.values())
                    .filter(operation -> SiteLifecycle.mayStart(operation, status))
                    .collect(Collectors.toSet());
            assertThat(startable).as(status.name()).isEqualTo(CONTRACT_STARTABLE.get(status));
        }
    }

    @Test
    void everyStatusSaysWhetherUsersMayConnectAndWhyNot() {
        for (SiteStatus status : SiteStatus.values()) {
            ConnectionRefusal refusal = CONTRACT_CONNECTIONS_REFUSED.get(status);
            assertThat(status.connectionRefusal()).as(status.name()).isEqualTo(refusal);
            assertThat(status.connectionsAllowed()).as(status.name()).isEqualTo(refusal == null);
        }
    }

    @Test
    void everyRoleMayDoExactlyTheOperationsOfTheContract() {
        for (Role role : Role.values()) {
            Set<SiteOperation> permitted = Arrays.stream(SiteOperation.values())
                    .filter(operation -> SiteLifecycle.mayDo(role, operation))
                    .collect(Collectors.toSet());
            assertThat(permitted).as(role.name()).isEqualTo(CONTRACT_PERMITTED.get(role));
        }
    }

    /** What the status and the role allow, less what makes no sense for the site. */
    @Test
    void allowedOperationsAreWhatTheStatusAndTheRoleAllowAndWhatMakesSenseForTheSite() {
        assertThat(SiteLifecycle.allowedOperations(SiteStatus.Ready, Role.CLIENT, Edition.Essentials, true))
                .containsExactly(UPDATE, MIGRATE_PRODUCT, BACK_UP);
        assertThat(SiteLifecycle.allowedOperations(SiteStatus.Ready, Role.CLIENT, Edition.Premium, false))
                .containsExactly(BACK_UP);
        assertThat(SiteLifecycle.allowedOperations(SiteStatus.Ready, Role.PARTNER, Edition.Premium, true))
                .containsExactly(UPDATE, MODIFY, LOCK, SUSPEND, REPAIR, BACK_UP, RESTORE_BACKUP, MANAGE_BACKUPS);
        assertThat(SiteLifecycle.allowedOperations(SiteStatus.Locked, Role.PARTNER, Edition.Essentials, true))
                .containsExactly(MODIFY, UNLOCK, SUSPEND, REPAIR, BACK_UP, RESTORE_BACKUP, MANAGE_BACKUPS);
        assertThat(SiteLifecycle.allowedOperations(SiteStatus.Fault, Role.PARTNER, Edition.Essentials, true))
                .containsExactly(REPAIR, RESTORE_BACKUP, MANAGE_BACKUPS);
        assertThat(SiteLifecycle.allowedOperations(SiteStatus.Suspended, Role.OPERATOR, Edition.Essentials, true))
                .containsExactly(MODIFY, RESUME, MANAGE_BACKUPS);
        assertThat(SiteLifecycle.allowedOperations(SiteStatus.Updating, Role.OPERATOR, Edition.Essentials, true))
                .isEmpty();
    }
}
