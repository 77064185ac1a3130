package siteops.api.site;

import org.axonframework.serialization.Revision;

/**
 * Settings of the site changed; each field is null when that setting did not change. One event
 * for one modification, whatever it changed, and none for a modification that changed nothing.
 */
@Revision("1")
public record SiteSettingsChanged(
        String siteId,
        SettingChange<String> plan,
        SettingChange<String> timeZone,
        SettingChange<Boolean> siteAdministration) {
}
