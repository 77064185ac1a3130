package siteops.api.update;

/** Every company is converted: the site runs {@code version} and is ready. */
public record UpdateCompleted(String siteId, String updateId, String fromVersion, String version) {
}
