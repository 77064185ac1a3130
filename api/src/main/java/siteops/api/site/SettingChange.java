package siteops.api.site;

/** One setting of a site as it was and as it is now. */
public record SettingChange<T>(T before, T after) {
}
