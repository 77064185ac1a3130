package siteops.api.naming;

import siteops.api.lifecycle.SiteLocked;
import siteops.api.lifecycle.SiteResumed;
import siteops.api.lifecycle.SiteSuspended;
import siteops.api.lifecycle.SiteUnlocked;
import siteops.api.site.SiteSettingsChanged;

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

    private static final Map<String, Class<?>> CLASS_BY_NAME = Map.of(
            "SiteLocked", SiteLocked.class,
            "SiteUnlocked", SiteUnlocked.class,
            "SiteSuspended", SiteSuspended.class,
            "SiteResumed", SiteResumed.class,
            "SiteSettingsChanged", SiteSettingsChanged.class);

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
