package siteops.command.site;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import siteops.api.access.Actor;
import siteops.api.access.Role;
import siteops.api.backup.BackUpSite;
import siteops.api.backup.BackupAccepted;
import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupDeleted;
import siteops.api.backup.BackupDeletion;
import siteops.api.backup.BackupFailed;
import siteops.api.backup.BackupKind;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupStarted;
import siteops.api.backup.BackupState;
import siteops.api.backup.DeleteBackup;
import siteops.api.backup.ExpireBackup;
import siteops.api.backup.RecordBackupDone;
import siteops.api.backup.RecordBackupFailed;
import siteops.api.backup.StartBackup;
import siteops.api.catalog.ProductVersion;
import siteops.api.catalog.Products;
import siteops.api.lifecycle.LockSite;
import siteops.api.lifecycle.ResumeSite;
import siteops.api.lifecycle.SiteLifecycle;
import siteops.api.lifecycle.SiteLocked;
import siteops.api.lifecycle.SiteResumed;
import siteops.api.lifecycle.SiteStatusChange;
import siteops.api.lifecycle.SiteStatusOutcome;
import siteops.api.lifecycle.SiteSuspended;
import siteops.api.lifecycle.SiteUnlocked;
import siteops.api.lifecycle.SuspendSite;
import siteops.api.lifecycle.UnlockSite;
import siteops.api.operation.OperationKind;
import siteops.api.operation.OperationState;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.api.repair.RecordRepairDone;
import siteops.api.repair.RecordRepairFailed;
import siteops.api.repair.RepairAccepted;
import siteops.api.repair.RepairCompleted;
import siteops.api.repair.RepairFailed;
import siteops.api.repair.RepairRequested;
import siteops.api.repair.RepairSite;
import siteops.api.repair.RepairStarted;
import siteops.api.repair.StartRepair;
import siteops.api.restore.RecordRestoreDone;
import siteops.api.restore.RecordRestoreFailed;
import siteops.api.restore.RestoreAccepted;
import siteops.api.restore.RestoreBackup;
import siteops.api.restore.RestoreCompleted;
import siteops.api.restore.RestoreFailed;
import siteops.api.restore.RestoreRequested;
import siteops.api.restore.RestoreStarted;
import siteops.api.restore.StartRestore;
import siteops.api.site.ChangeSiteSettings;
import siteops.api.site.Edition;
import siteops.api.site.MigrateProduct;
import siteops.api.site.ProductMigrated;
import siteops.api.site.ProductMigrationOutcome;
import siteops.api.site.RegisterSite;
import siteops.api.site.SiteRegistered;
import siteops.api.site.SiteRegistration;
import siteops.api.site.SettingChange;
import siteops.api.site.SiteSettings;
import siteops.api.site.SiteSettingsChanged;
import siteops.api.site.SiteOperation;
import siteops.api.site.SiteStatus;
import siteops.api.text.TextFolding;
import siteops.api.update.CompanyConversionFailed;
import siteops.api.update.CompanyConverted;
import siteops.api.update.CompanyRestored;
import siteops.api.update.RecordCompanyConversionFailed;
import siteops.api.update.RecordCompanyConverted;
import siteops.api.update.RequestUpdate;
import siteops.api.update.RollBackUpdate;
import siteops.api.update.StartUpdate;
import siteops.api.update.UpdateAccepted;
import siteops.api.update.UpdateCompleted;
import siteops.api.update.UpdatePhase;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateRollbackFailed;
import siteops.api.update.UpdateRolledBack;
import siteops.api.update.UpdateStarted;
import siteops.command.access.Refusals;
import siteops.command.backup.BackupRetention;
import siteops.command.catalog.VersionCatalog;
import siteops.command.organisation.Organisations;
import siteops.command.web.TextInput;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A hosted site: its product, edition and version, its companies, and the update running on it.
 * Every rule of the portal about what may happen to a site is checked here.
 */
@Aggregate(cache = "siteCache")
public class Site {

    private static final int MAX_REASON = 500;
    private static final int MAX_LABEL = 200;
    private static final int MAX_ID = 100;
    private static final Pattern PRINTABLE_TRIMMED = Pattern.compile(TextInput.PRINTABLE_TRIMMED);

    @AggregateIdentifier
    private String siteId;
    private String product;
    private Edition edition;
    private String version;
    private String plan;
    private String timeZone;
    private boolean siteAdministration;
    private String partnerId;
    private String clientId;
    private List<String> companies;
    private SiteStatus status;
    private CurrentUpdate currentUpdate;
    private RunningOperation runningOperation;
    /** Whether the operation that left the site in Fault had begun on a locked site. */
    private boolean lockedBeforeFault;
    private final SiteBackups backups = new SiteBackups();

    protected Site() {
        // for Axon: the aggregate is rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public SiteRegistration handle(RegisterSite command, Actor actor, VersionCatalog catalog, Organisations organisations,
                                   SiteKeys keys) {
        register(command, actor, catalog, organisations, keys);
        return new SiteRegistration(siteId, AggregateLifecycle.getVersion());
    }

    /** The rules of a registration, for one site registered alone or among many ({@link SiteRegistrar}). */
    void register(RegisterSite command, Actor actor, VersionCatalog catalog, Organisations organisations, SiteKeys keys) {
        requireMayRegisterFor(actor, command.partnerId());
        requireValidRegistration(command);
        if (!catalog.isPublished(command.product(), command.version())) {
            throw new RefusedException(RefusalCode.VERSION_NOT_AVAILABLE,
                    "version " + command.version() + " of " + command.product() + " is not in the catalog");
        }
        organisations.requireClientOf(command.clientId(), command.partnerId());
        keys.claim(SiteKeys.nameKey(command.name()), command.siteId(), "a site named " + command.name());
        keys.claim(SiteKeys.serialNumberKey(command.serialNumber()), command.siteId(),
                "serial number " + command.serialNumber());
        apply(new SiteRegistered(command.siteId(), command.name(), command.product(), command.edition(),
                command.version(), command.plan(), command.type(), command.timeZone(),
                command.siteAdministration(), command.serialNumber(), command.partnerId(), command.clientId(),
                command.companies()));
    }

    @CommandHandler
    public UpdateAccepted handle(RequestUpdate command, Actor actor, VersionCatalog catalog) {
        Refusals.requireCanonicalVersion("targetVersion", command.targetVersion());
        requireVisibleTo(actor);
        requirePermitted(actor, SiteOperation.UPDATE);
        requireRevision(command.expectedRevision());
        requireStartable(SiteOperation.UPDATE, actor);
        ProductVersion target = ProductVersion.parse(command.targetVersion());
        if (!target.isNewerThan(ProductVersion.parse(version))) {
            throw new RefusedException(RefusalCode.VERSION_NOT_NEWER,
                    "version " + target + " is not newer than the site's version " + version);
        }
        if (!catalog.isPublished(product, target.toString())) {
            throw new RefusedException(RefusalCode.VERSION_NOT_AVAILABLE,
                    "version " + target + " of " + product + " is not in the catalog");
        }
        apply(new UpdateRequested(siteId, command.updateId(), version, target.toString(), companies));
        return new UpdateAccepted(command.updateId(), siteId, status, AggregateLifecycle.getVersion());
    }

    @CommandHandler
    public void handle(StartUpdate command) {
        if (!isCurrent(command.updateId(), UpdatePhase.PENDING)) {
            return;
        }
        apply(new BackupRequested(siteId, preUpdateBackupIdOf(currentUpdate.updateId()), BackupKind.PRE_UPDATE,
                "before the update to " + currentUpdate.targetVersion(), version, edition, companies,
                SiteStatus.Updating, currentUpdate.updateId()));
    }

    /** Once the pre-update backup is taken. */
    private void startConversions() {
        apply(new UpdateStarted(siteId, currentUpdate.updateId(), version, currentUpdate.targetVersion(), companies,
                currentUpdate.preUpdateBackupId()));
        if (companies.isEmpty()) {
            apply(new UpdateCompleted(siteId, currentUpdate.updateId(), version, currentUpdate.targetVersion()));
        }
    }

    @CommandHandler
    public void handle(RecordCompanyConverted command) {
        if (!isCurrent(command.updateId(), UpdatePhase.CONVERTING) || !isAwaitingConversion(command.company())) {
            return;
        }
        apply(new CompanyConverted(siteId, currentUpdate.updateId(), command.company(), currentUpdate.targetVersion()));
        if (currentUpdate.converted().size() == companies.size()) {
            apply(new UpdateCompleted(siteId, currentUpdate.updateId(), version, currentUpdate.targetVersion()));
        }
    }

    @CommandHandler
    public void handle(RecordCompanyConversionFailed command) {
        if (!isCurrent(command.updateId(), UpdatePhase.CONVERTING) || !isAwaitingConversion(command.company())) {
            return;
        }
        apply(new CompanyConversionFailed(siteId, currentUpdate.updateId(), command.company(), command.reason()));
    }

    @CommandHandler
    public void handle(RollBackUpdate command) {
        if (!isCurrent(command.updateId(), UpdatePhase.ROLLING_BACK) || runningOperation != null) {
            return;
        }
        if (currentUpdate.preUpdateBackupId() == null) {
            endRollback(null);
            return;
        }
        apply(new RestoreRequested(siteId, rollbackRestoreIdOf(currentUpdate.updateId()),
                currentUpdate.preUpdateBackupId(), version,
                SiteStatus.Updating, currentUpdate.updateId()));
    }

    /** The companies converted so far are back on the site's version: restored from the backup, or one by one. */
    private void endRollback(String restoredFromBackupId) {
        List<String> restoreOrder = new ArrayList<>(currentUpdate.converted());
        Collections.reverse(restoreOrder);
        for (String company : restoreOrder) {
            apply(new CompanyRestored(siteId, currentUpdate.updateId(), company, version));
        }
        apply(new UpdateRolledBack(siteId, currentUpdate.updateId(), version,
                currentUpdate.failedCompany(), currentUpdate.failureReason(), restoredFromBackupId));
    }

    @CommandHandler
    public ProductMigrationOutcome handle(MigrateProduct command, Actor actor) {
        requireVisibleTo(actor);
        if (command.requestedVersion() != null) {
            throw new RefusedException(RefusalCode.MIGRATION_CANNOT_CHANGE_VERSION,
                    "a product migration keeps the site's version (" + version
                            + "); use an update to change the version");
        }
        requirePermitted(actor, SiteOperation.MIGRATE_PRODUCT);
        requireRevision(command.expectedRevision());
        requireStartable(SiteOperation.MIGRATE_PRODUCT, actor);
        Edition target = command.targetEdition();
        if (target == edition) {
            throw new RefusedException(RefusalCode.SAME_EDITION, "the site already runs " + edition.productLabel(product));
        }
        if (!edition.canMigrateTo(target)) {
            throw new RefusedException(RefusalCode.DOWNGRADE_NOT_ALLOWED,
                    "a product migration goes from Essentials to Premium only, never from "
                            + edition + " to " + target);
        }
        apply(new ProductMigrated(siteId, edition, target, version));
        return new ProductMigrationOutcome(siteId, product, edition, edition.productLabel(product), version,
                AggregateLifecycle.getVersion());
    }

    @CommandHandler
    public SiteStatusOutcome handle(LockSite command, Actor actor) {
        requireMayStart(SiteOperation.LOCK, actor, command.expectedRevision());
        apply(new SiteLocked(siteId, requireReason(command.reason())));
        return statusOutcome();
    }

    @CommandHandler
    public SiteStatusOutcome handle(UnlockSite command, Actor actor) {
        requireMayStart(SiteOperation.UNLOCK, actor, command.expectedRevision());
        apply(new SiteUnlocked(siteId));
        return statusOutcome();
    }

    @CommandHandler
    public SiteStatusOutcome handle(SuspendSite command, Actor actor) {
        requireMayStart(SiteOperation.SUSPEND, actor, command.expectedRevision());
        apply(new SiteSuspended(siteId, requireReason(command.reason())));
        return statusOutcome();
    }

    @CommandHandler
    public SiteStatusOutcome handle(ResumeSite command, Actor actor) {
        requireMayStart(SiteOperation.RESUME, actor, command.expectedRevision());
        apply(new SiteResumed(siteId));
        return statusOutcome();
    }

    @CommandHandler
    public RepairAccepted handle(RepairSite command, Actor actor) {
        requireMayStart(SiteOperation.REPAIR, actor, command.expectedRevision());
        apply(new RepairRequested(siteId, command.operationId(), statusAfterRecovery()));
        return new RepairAccepted(siteId, command.operationId(), appliedAt(), AggregateLifecycle.getVersion());
    }

    @CommandHandler
    public void handle(StartRepair command) {
        if (isRunning(command.operationId(), OperationKind.REPAIR, OperationState.QUEUED)) {
            apply(new RepairStarted(siteId, command.operationId()));
        }
    }

    @CommandHandler
    public void handle(RecordRepairDone command) {
        if (isRunning(command.operationId(), OperationKind.REPAIR, OperationState.RUNNING)) {
            apply(new RepairCompleted(siteId, command.operationId(), runningOperation.returnTo()));
        }
    }

    @CommandHandler
    public void handle(RecordRepairFailed command) {
        if (isRunning(command.operationId(), OperationKind.REPAIR, OperationState.RUNNING)) {
            apply(new RepairFailed(siteId, command.operationId(), command.reason()));
        }
    }

    @CommandHandler
    public BackupAccepted handle(BackUpSite command, Actor actor) {
        requireMayStart(SiteOperation.BACK_UP, actor, command.expectedRevision());
        if (command.label() != null) {
            requireText("label", command.label(), MAX_LABEL);
        }
        BackupRequested requested = new BackupRequested(siteId, command.backupId(), BackupKind.MANUAL,
                command.label(), version, edition, companies, status, null);
        apply(requested);
        return new BackupAccepted(requested, appliedAt(), AggregateLifecycle.getVersion());
    }

    @CommandHandler
    public void handle(StartBackup command) {
        if (isRunning(command.backupId(), OperationKind.BACK_UP, OperationState.QUEUED)) {
            apply(new BackupStarted(siteId, command.backupId(), updateBackedUpBy(command.backupId())));
        }
    }

    /** A pre-update backup taken lets its update convert; a manual one may push the oldest out of retention. */
    @CommandHandler
    public void handle(RecordBackupDone command, BackupRetention retention) {
        if (!isRunning(command.backupId(), OperationKind.BACK_UP, OperationState.RUNNING)) {
            return;
        }
        Instant now = GenericEventMessage.clock.instant();
        if (isPreUpdateBackup(command.backupId())) {
            apply(new BackupCompleted(siteId, command.backupId(), runningOperation.returnTo(),
                    now.plus(retention.preUpdate()), currentUpdate.updateId()));
            startConversions();
            return;
        }
        apply(new BackupCompleted(siteId, command.backupId(), runningOperation.returnTo(), null, null));
        for (SiteBackups.Backup beyond : backups.manualBeyondNewest(retention.manual())) {
            apply(new BackupDeleted(siteId, beyond.backupId(), BackupDeletion.RETENTION, now));
        }
    }

    /** A failed pre-update backup ends its update rolled back, before anything was converted. */
    @CommandHandler
    public void handle(RecordBackupFailed command) {
        if (!isRunning(command.backupId(), OperationKind.BACK_UP, OperationState.RUNNING)) {
            return;
        }
        String updateId = updateBackedUpBy(command.backupId());
        apply(new BackupFailed(siteId, command.backupId(), command.reason(), runningOperation.returnTo(), updateId));
        if (updateId != null) {
            apply(new UpdateRolledBack(siteId, currentUpdate.updateId(), version, null,
                    "the backup before the update failed: " + command.reason(), null));
        }
    }

    @CommandHandler
    public RestoreAccepted handle(RestoreBackup command, Actor actor) {
        if (command.backupId() == null || command.backupId().isBlank() || command.backupId().length() > MAX_ID) {
            throw Refusals.invalid("backupId: the id of the backup to restore, one of the site's (at most "
                    + MAX_ID + " characters)");
        }
        requireMayStart(SiteOperation.RESTORE_BACKUP, actor, command.expectedRevision());
        SiteBackups.Backup backup = requireBackup(command.backupId());
        if (backup.state() != BackupState.COMPLETED) {
            throw new RefusedException(RefusalCode.BACKUP_NOT_COMPLETED,
                    "backup " + backup.backupId() + " is " + backup.state() + ": only a completed backup can be restored");
        }
        if (!backup.version().equals(version)) {
            throw new RefusedException(RefusalCode.BACKUP_VERSION_MISMATCH, "backup " + backup.backupId()
                    + " was taken on version " + backup.version() + "; the site runs " + version);
        }
        apply(new RestoreRequested(siteId, command.operationId(), backup.backupId(), version, statusAfterRecovery(),
                null));
        return new RestoreAccepted(siteId, command.operationId(), backup.backupId(), appliedAt(),
                AggregateLifecycle.getVersion());
    }

    @CommandHandler
    public void handle(StartRestore command) {
        if (isRunning(command.operationId(), OperationKind.RESTORE_BACKUP, OperationState.QUEUED)) {
            apply(new RestoreStarted(siteId, command.operationId(), runningOperation.backupId(), rolledBackUpdate()));
        }
    }

    /** A restore done by an update's rollback ends the update, rolled back. */
    @CommandHandler
    public void handle(RecordRestoreDone command) {
        if (!isRunning(command.operationId(), OperationKind.RESTORE_BACKUP, OperationState.RUNNING)) {
            return;
        }
        String backupId = runningOperation.backupId();
        String updateId = rolledBackUpdate();
        apply(new RestoreCompleted(siteId, command.operationId(), backupId, version, runningOperation.returnTo(),
                updateId));
        if (updateId != null) {
            endRollback(backupId);
        }
    }

    /** A failed restore leaves the site in Fault; done by an update's rollback, it ends the update too. */
    @CommandHandler
    public void handle(RecordRestoreFailed command) {
        if (!isRunning(command.operationId(), OperationKind.RESTORE_BACKUP, OperationState.RUNNING)) {
            return;
        }
        String backupId = runningOperation.backupId();
        String updateId = rolledBackUpdate();
        apply(new RestoreFailed(siteId, command.operationId(), backupId, command.reason(), updateId));
        if (updateId != null) {
            apply(new UpdateRollbackFailed(siteId, currentUpdate.updateId(), version, backupId, command.reason()));
        }
    }

    /**
     * Deleting a backup already deleted changes nothing. A backup in use (being taken, being
     * restored, or kept for the rollback of the update running) is refused as such before the
     * site's status is looked at, since that is the more useful answer.
     */
    @CommandHandler
    public long handle(DeleteBackup command, Actor actor) {
        requireVisibleTo(actor);
        requirePermitted(actor, SiteOperation.MANAGE_BACKUPS);
        requireRevision(command.expectedRevision());
        SiteBackups.Backup backup = requireBackup(command.backupId());
        if (isInUse(backup.backupId())) {
            throw new RefusedException(RefusalCode.BACKUP_IN_USE,
                    "backup " + backup.backupId() + " is in use by the operation running on the site");
        }
        requireStartable(SiteOperation.MANAGE_BACKUPS, actor);
        if (backup.state() != BackupState.DELETED) {
            apply(new BackupDeleted(siteId, backup.backupId(), BackupDeletion.MANUAL, null));
        }
        return AggregateLifecycle.getVersion();
    }

    /** Retention's deadline for a backup with an expiry: deleted then, unless it is in use or gone already. */
    @CommandHandler
    public void handle(ExpireBackup command) {
        Instant now = GenericEventMessage.clock.instant();
        backups.find(command.backupId())
                .filter(backup -> backup.state() == BackupState.COMPLETED && backup.expiresAt() != null)
                .filter(backup -> !now.isBefore(backup.expiresAt()) && !isInUse(backup.backupId()))
                .ifPresent(backup -> apply(new BackupDeleted(siteId, backup.backupId(), BackupDeletion.RETENTION,
                        backup.expiresAt())));
    }

    @CommandHandler
    public SiteSettings handle(ChangeSiteSettings command, Actor actor) {
        requireMayStart(SiteOperation.MODIFY, actor, command.expectedRevision());
        if (command.timeZone() != null) {
            requireTimeZone(command.timeZone());
        }
        SettingChange<String> planChange = changeOf(plan, command.plan());
        SettingChange<String> timeZoneChange = changeOf(timeZone, command.timeZone());
        SettingChange<Boolean> administrationChange = changeOf(siteAdministration, command.siteAdministration());
        if (planChange != null || timeZoneChange != null || administrationChange != null) {
            apply(new SiteSettingsChanged(siteId, planChange, timeZoneChange, administrationChange));
        }
        return new SiteSettings(siteId, plan, timeZone, siteAdministration, AggregateLifecycle.getVersion());
    }

    @EventSourcingHandler
    void on(SiteRegistered event) {
        siteId = event.siteId();
        product = event.product();
        edition = event.edition();
        version = event.version();
        plan = event.plan();
        timeZone = event.timeZone();
        siteAdministration = event.siteAdministration();
        partnerId = event.partnerId();
        clientId = event.clientId();
        companies = event.companies();
        status = event.statusAfter();
    }

    @EventSourcingHandler
    void on(UpdateRequested event) {
        status = event.statusAfter();
        currentUpdate = CurrentUpdate.pending(event.updateId(), event.targetVersion());
    }

    @EventSourcingHandler
    void on(UpdateStarted event) {
        status = event.statusAfter();
        currentUpdate = currentUpdate.inPhase(UpdatePhase.CONVERTING);
    }

    @EventSourcingHandler
    void on(CompanyConverted event) {
        currentUpdate = currentUpdate.withConverted(event.company());
    }

    @EventSourcingHandler
    void on(CompanyConversionFailed event) {
        currentUpdate = currentUpdate.failed(event.company(), event.reason());
    }

    @EventSourcingHandler
    void on(UpdateCompleted event) {
        version = event.version();
        status = event.statusAfter();
        currentUpdate = null;
    }

    @EventSourcingHandler
    void on(UpdateRolledBack event) {
        status = event.statusAfter();
        currentUpdate = null;
    }

    @EventSourcingHandler
    void on(ProductMigrated event) {
        edition = event.toEdition();
    }

    @EventSourcingHandler
    void on(SiteSettingsChanged event) {
        if (event.plan() != null) {
            plan = event.plan().after();
        }
        if (event.timeZone() != null) {
            timeZone = event.timeZone().after();
        }
        if (event.siteAdministration() != null) {
            siteAdministration = event.siteAdministration().after();
        }
    }

    @EventSourcingHandler
    void on(BackupRequested event) {
        status = event.statusAfter();
        runningOperation = RunningOperation.queued(event.backupId(), OperationKind.BACK_UP, event.returnTo(),
                event.backupId());
        backups.requested(event.backupId(), event.kind(), event.version());
        if (event.updateId() != null) {
            currentUpdate = currentUpdate.backingUp(event.backupId());
        }
    }

    @EventSourcingHandler
    void on(BackupStarted event) {
        runningOperation = runningOperation.running();
    }

    @EventSourcingHandler
    void on(BackupCompleted event) {
        status = event.statusAfter();
        runningOperation = null;
        backups.completed(event.backupId(), event.expiresAt());
    }

    @EventSourcingHandler
    void on(BackupFailed event) {
        status = event.statusAfter();
        runningOperation = null;
        backups.failed(event.backupId());
    }

    @EventSourcingHandler
    void on(BackupDeleted event) {
        backups.deleted(event.backupId());
    }

    @EventSourcingHandler
    void on(RestoreRequested event) {
        status = event.statusAfter();
        runningOperation = RunningOperation.queued(event.operationId(), OperationKind.RESTORE_BACKUP,
                event.returnTo(), event.backupId());
    }

    @EventSourcingHandler
    void on(RestoreStarted event) {
        runningOperation = runningOperation.running();
    }

    @EventSourcingHandler
    void on(RestoreCompleted event) {
        status = event.statusAfter();
        runningOperation = null;
    }

    @EventSourcingHandler
    void on(RestoreFailed event) {
        status = event.statusAfter();
        lockedBeforeFault = runningOperation.returnTo() == SiteStatus.Locked;
        runningOperation = null;
    }

    @EventSourcingHandler
    void on(UpdateRollbackFailed event) {
        status = event.statusAfter();
        currentUpdate = null;
    }

    @EventSourcingHandler
    void on(RepairRequested event) {
        status = event.statusAfter();
        runningOperation = RunningOperation.queued(event.operationId(), OperationKind.REPAIR, event.returnTo(), null);
    }

    @EventSourcingHandler
    void on(RepairStarted event) {
        status = event.statusAfter();
        runningOperation = runningOperation.running();
    }

    @EventSourcingHandler
    void on(RepairCompleted event) {
        status = event.statusAfter();
        runningOperation = null;
    }

    @EventSourcingHandler
    void on(RepairFailed event) {
        status = event.statusAfter();
        lockedBeforeFault = runningOperation.returnTo() == SiteStatus.Locked;
        runningOperation = null;
    }

    /** Locked, unlocked, suspended, resumed: nothing but the status changes. */
    @EventSourcingHandler
    void on(SiteStatusChange event) {
        status = event.statusAfter();
    }

    private static void requireMayRegisterFor(Actor actor, String partnerId) {
        boolean allowed = actor != null
                && (actor.role() == Role.OPERATOR
                || actor.role() == Role.PARTNER && actor.organisationId().equals(partnerId));
        if (!allowed) {
            throw Refusals.forbidden(actor, "register a site for partner " + partnerId);
        }
    }

    private static void requireValidRegistration(RegisterSite command) {
        if (!Products.SUPPORTED.contains(command.product())) {
            throw Refusals.invalid("product: siteops operates " + Products.SUPPORTED + ", not " + command.product());
        }
        Refusals.requireCanonicalVersion("version", command.version());
        requireTimeZone(command.timeZone());
        long distinctCompanies = command.companies().stream().map(TextFolding::fold).distinct().count();
        if (distinctCompanies != command.companies().size()) {
            throw Refusals.invalid("companies: each company appears once, whatever its case or compatibility form");
        }
    }

    private void requireVisibleTo(Actor actor) {
        if (actor == null || !actor.canSee(partnerId, clientId)) {
            throw new RefusedException(RefusalCode.SITE_NOT_FOUND, "no site " + siteId);
        }
    }

    private void requireRevision(Long expectedRevision) {
        long revision = AggregateLifecycle.getVersion();
        if (expectedRevision != null && expectedRevision != revision) {
            throw new RefusedException(RefusalCode.CONCURRENT_MODIFICATION,
                    "the site changed: it is at revision " + revision + ", the request expected " + expectedRevision);
        }
    }

    private void requireMayStart(SiteOperation operation, Actor actor, Long expectedRevision) {
        requireVisibleTo(actor);
        requirePermitted(actor, operation);
        requireRevision(expectedRevision);
        requireStartable(operation, actor);
    }

    private static void requirePermitted(Actor actor, SiteOperation operation) {
        if (!SiteLifecycle.mayDo(actor.role(), operation)) {
            throw Refusals.forbidden(actor, operation.name() + " a site");
        }
    }

    /**
     * The refusal says the site's status and what its status allows the user to start instead (the
     * site detail's {@code allowedOperations} also leaves out an update with no newer version). The
     * status goes by {@code siteStatus}: a problem answer's {@code status} is its HTTP status.
     */
    private void requireStartable(SiteOperation operation, Actor actor) {
        if (!SiteLifecycle.mayStart(operation, status)) {
            throw new RefusedException(RefusalCode.SITE_NOT_READY,
                    "the site is " + status + ": " + operation + " cannot start from it",
                    Map.of("siteStatus", status, "allowedOperations", SiteLifecycle.startable(status, actor.role())));
        }
    }

    /** Java's zone ids are IANA's, plus its own {@code SystemV/...} ones, which IANA dropped. */
    private static void requireTimeZone(String timeZone) {
        if (!ZoneId.getAvailableZoneIds().contains(timeZone) || timeZone.startsWith("SystemV/")) {
            throw Refusals.invalid("timeZone: not an IANA time zone id (e.g. Europe/Paris): " + timeZone);
        }
    }

    /** Null when the setting stays as it is: not asked for, or asked for as it already is. */
    private static <T> SettingChange<T> changeOf(T current, T requested) {
        return requested == null || requested.equals(current) ? null : new SettingChange<>(current, requested);
    }

    /** The one rule for a lock's or a suspension's reason, whoever sends the command. */
    private static String requireReason(String reason) {
        return requireText("reason", reason, MAX_REASON);
    }

    private static String requireText(String field, String text, int maxLength) {
        if (text == null || text.isEmpty() || text.length() > maxLength || !PRINTABLE_TRIMMED.matcher(text).matches()) {
            throw Refusals.invalid(field + ": 1 to " + maxLength + " characters of printable text ("
                    + TextInput.PRINTABLE_TRIMMED_MESSAGE + ")");
        }
        return text;
    }

    private SiteStatusOutcome statusOutcome() {
        return new SiteStatusOutcome(siteId, status, AggregateLifecycle.getVersion());
    }

    private boolean isRunning(String operationId, OperationKind kind, OperationState state) {
        return runningOperation != null && runningOperation.is(operationId, kind, state);
    }

    static String preUpdateBackupIdOf(String updateId) {
        return idFor("pre-update backup", updateId);
    }

    static String rollbackRestoreIdOf(String updateId) {
        return idFor("rollback restore", updateId);
    }

    /**
     * When the event just applied was stamped, to the millisecond the read side keeps: events are
     * stamped by Axon's clock as they are applied, microseconds before this.
     */
    private static Instant appliedAt() {
        return GenericEventMessage.clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The id of a step of an update, the same each time it is asked for: a repeated command cannot make a second one. */
    private static String idFor(String step, String updateId) {
        return UUID.nameUUIDFromBytes((step + " of update " + updateId).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * Where a repair or a restore leaves the site: neither lifts a lock, whether it starts from
     * Locked or from a Fault that an operation begun on the locked site left.
     */
    private SiteStatus statusAfterRecovery() {
        boolean locked = status == SiteStatus.Locked || status == SiteStatus.Fault && lockedBeforeFault;
        return locked ? SiteStatus.Locked : SiteStatus.Ready;
    }

    private SiteBackups.Backup requireBackup(String backupId) {
        return backups.find(backupId).orElseThrow(() -> new RefusedException(RefusalCode.BACKUP_NOT_FOUND,
                "site " + siteId + " has no backup " + backupId));
    }

    private boolean isInUse(String backupId) {
        return runningOperation != null && runningOperation.uses(backupId)
                || currentUpdate != null && backupId.equals(currentUpdate.preUpdateBackupId());
    }

    private boolean isPreUpdateBackup(String backupId) {
        return currentUpdate != null && currentUpdate.phase() == UpdatePhase.BACKING_UP
                && backupId.equals(currentUpdate.preUpdateBackupId());
    }

    /** The update the backup is being taken for, or null for a manual backup. */
    private String updateBackedUpBy(String backupId) {
        return isPreUpdateBackup(backupId) ? currentUpdate.updateId() : null;
    }

    /** The update a restore running now rolls back (no user's restore can run during an update), or null. */
    private String rolledBackUpdate() {
        return currentUpdate != null && currentUpdate.phase() == UpdatePhase.ROLLING_BACK
                ? currentUpdate.updateId() : null;
    }

    private boolean isCurrent(String updateId, UpdatePhase phase) {
        return currentUpdate != null && currentUpdate.updateId().equals(updateId) && currentUpdate.phase() == phase;
    }

    /**
     * Companies are converted in the order of the site's list, one at a time: only the first not
     * yet converted is awaited, so a late or stray report of another changes nothing, and the
     * process can tell the next company from the one just converted.
     */
    private boolean isAwaitingConversion(String company) {
        int converted = currentUpdate.converted().size();
        return converted < companies.size() && companies.get(converted).equals(company);
    }
}
