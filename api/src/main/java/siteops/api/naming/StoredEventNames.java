package siteops.api.naming;

import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupDeleted;
import siteops.api.backup.BackupFailed;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupStarted;
import siteops.api.lifecycle.SiteLocked;
import siteops.api.lifecycle.SiteResumed;
import siteops.api.lifecycle.SiteSuspended;
import siteops.api.lifecycle.SiteUnlocked;
import siteops.api.repair.RepairCompleted;
import siteops.api.repair.RepairFailed;
import siteops.api.repair.RepairRequested;
import siteops.api.repair.RepairStarted;
import siteops.api.restore.RestoreCompleted;
import siteops.api.restore.RestoreFailed;
import siteops.api.restore.RestoreRequested;
import siteops.api.restore.RestoreStarted;
import siteops.api.site.SiteSettingsChanged;
import siteops.api.update.UpdateRollbackFailed;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The names events are stored under, for the events that have one: a name stays when the class
 * moves or is renamed, so the store keeps replaying (the revision, {@code @Revision} on the record,
 * says which shape of the payload is stored). Events stored before names existed keep their
 * class name as their type, and are read by it.
 */
public final class StoredEventNames {

    private static final Map<String, Class<?>> CLASS_BY_NAME = Map.ofEntries(
            Map.entry("SiteLocked", SiteLocked.class),
            Map.entry("SiteUnlocked", SiteUnlocked.class),
            Map.entry("SiteSuspended", SiteSuspended.class),
            Map.entry("SiteResumed", SiteResumed.class),
            Map.entry("SiteSettingsChanged", SiteSettingsChanged.class),
            Map.entry("RepairRequested", RepairRequested.class),
            Map.entry("RepairStarted", RepairStarted.class),
            Map.entry("RepairCompleted", RepairCompleted.class),
            Map.entry("RepairFailed", RepairFailed.class),
            Map.entry("BackupRequested", BackupRequested.class),
            Map.entry("BackupStarted", BackupStarted.class),
            Map.entry("BackupCompleted", BackupCompleted.class),
            Map.entry("BackupFailed", BackupFailed.class),
            Map.entry("BackupDeleted", BackupDeleted.class),
            Map.entry("RestoreRequested", RestoreRequested.class),
            Map.entry("RestoreStarted", RestoreStarted.class),
            Map.entry("RestoreCompleted", RestoreCompleted.class),
            Map.entry("RestoreFailed", RestoreFailed.class),
            Map.entry("UpdateRollbackFailed", UpdateRollbackFailed.class));

    private static final Map<Class<?>, String> NAME_BY_CLASS = CLASS_BY_NAME.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private StoredEventNames() {
    }

    public static Optional<String> nameOf(Class<?> eventClass) {
        return Optional.ofNullable(NAME_BY_CLASS.get(eventClass));
    }

    public static Optional<Class<?>> classNamed(String storedName) {
        return Optional.ofNullable(CLASS_BY_NAME.get(storedName));
    }
}
