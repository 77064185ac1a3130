package siteops.api.naming;

import siteops.api.access.ClientAssigned;
import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupDeleted;
import siteops.api.backup.BackupFailed;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupStarted;
import siteops.api.catalog.VersionPublished;
import siteops.api.lifecycle.SiteLocked;
import siteops.api.lifecycle.SiteResumed;
import siteops.api.lifecycle.SiteSuspended;
import siteops.api.lifecycle.SiteUnlocked;
import siteops.api.organisation.OrganisationCreated;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.api.repair.RepairCompleted;
import siteops.api.repair.RepairFailed;
import siteops.api.repair.RepairRequested;
import siteops.api.repair.RepairStarted;
import siteops.api.restore.RestoreCompleted;
import siteops.api.restore.RestoreFailed;
import siteops.api.restore.RestoreRequested;
import siteops.api.restore.RestoreStarted;
import siteops.api.site.ProductMigrated;
import siteops.api.site.SiteKeyClaimed;
import siteops.api.site.SiteRegistered;
import siteops.api.site.SiteSettingsChanged;
import siteops.api.update.CompanyConversionFailed;
import siteops.api.update.CompanyConverted;
import siteops.api.update.CompanyRestored;
import siteops.api.update.UpdateCompleted;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateRollbackFailed;
import siteops.api.update.UpdateRolledBack;
import siteops.api.update.UpdateStarted;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stable name of every event: what the store calls it and what the audit log shows. A name
 * stays when the class moves or is renamed, so the store keeps replaying (the revision,
 * {@code @Revision} on the record, says which shape of the payload is stored). Events stored
 * before names existed have their class name as their type: they are read by it, and the audit
 * log shows them under their name too ({@link #nameOfStoredType}).
 */
public final class StoredEventNames {

    private static final List<Class<?>> EVENTS = List.of(
            OrganisationCreated.class, ClientAssigned.class, VersionPublished.class,
            SiteRegistered.class, SiteKeyClaimed.class, ProductMigrated.class, SiteSettingsChanged.class,
            SiteLocked.class, SiteUnlocked.class, SiteSuspended.class, SiteResumed.class,
            UpdateRequested.class, UpdateStarted.class, CompanyConverted.class, CompanyConversionFailed.class,
            CompanyRestored.class, UpdateCompleted.class, UpdateRolledBack.class, UpdateRollbackFailed.class,
            RepairRequested.class, RepairStarted.class, RepairCompleted.class, RepairFailed.class,
            BackupRequested.class, BackupStarted.class, BackupCompleted.class, BackupFailed.class,
            BackupDeleted.class,
            RestoreRequested.class, RestoreStarted.class, RestoreCompleted.class, RestoreFailed.class);

    private static final Map<String, Class<?>> CLASS_BY_NAME = EVENTS.stream()
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private static final Map<Class<?>, String> NAME_BY_CLASS = EVENTS.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), Class::getSimpleName));

    /** The class names events were stored under before they had a name (the classes have not moved since). */
    private static final Map<String, String> NAME_BY_STORED_CLASS_NAME = EVENTS.stream()
            .collect(Collectors.toUnmodifiableMap(Class::getName, Class::getSimpleName));

    private StoredEventNames() {
    }

    public static Optional<String> nameOf(Class<?> eventClass) {
        return Optional.ofNullable(NAME_BY_CLASS.get(eventClass));
    }

    public static Optional<Class<?>> classNamed(String storedName) {
        return Optional.ofNullable(CLASS_BY_NAME.get(storedName));
    }

    /** The name of an event stored under {@code storedType}, its name or the class name it had before names. */
    public static Optional<String> nameOfStoredType(String storedType) {
        if (CLASS_BY_NAME.containsKey(storedType)) {
            return Optional.of(storedType);
        }
        return Optional.ofNullable(NAME_BY_STORED_CLASS_NAME.get(storedType));
    }

    /** The types an event of this name may be stored under: its name, and its class name from before names. */
    public static List<String> storedTypesOf(String name) {
        Class<?> eventClass = CLASS_BY_NAME.get(name);
        return eventClass == null ? List.of() : List.of(name, eventClass.getName());
    }

    /** A reader's {@code type} filter: null (every type) or an event's name, else a 400 naming the parameter. */
    public static String requireName(String parameter, String name) {
        if (name != null && !CLASS_BY_NAME.containsKey(name)) {
            throw new RefusedException(RefusalCode.INVALID_REQUEST, parameter + ": no event is named '" + name + "'");
        }
        return name;
    }
}
