package siteops.api.refusal;

/** Stable, machine-readable reasons for refusing a request; they are the {@code code} of a problem answer. */
public enum RefusalCode {
    INVALID_REQUEST,
    FORBIDDEN,
    SITE_NOT_FOUND,
    UPDATE_NOT_FOUND,
    READ_MODEL_NOT_FOUND,
    REBUILD_IN_PROGRESS,
    SITE_NOT_READY,
    SITE_ALREADY_REGISTERED,
    CONCURRENT_MODIFICATION,
    VERSION_NOT_NEWER,
    VERSION_NOT_AVAILABLE,
    VERSION_ALREADY_PUBLISHED,
    DOWNGRADE_NOT_ALLOWED,
    SAME_EDITION,
    MIGRATION_CANNOT_CHANGE_VERSION
}
