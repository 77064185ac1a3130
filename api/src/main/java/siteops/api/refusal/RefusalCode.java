package siteops.api.refusal;

/** Stable, machine-readable reasons for refusing a request; they are the {@code code} of a problem answer. */
public enum RefusalCode {
    INVALID_REQUEST,
    FORBIDDEN,
    SITE_NOT_FOUND,
    UPDATE_NOT_FOUND,
    OPERATION_NOT_FOUND,
    BACKUP_NOT_FOUND,
    BACKUP_IN_USE,
    BACKUP_NOT_COMPLETED,
    BACKUP_VERSION_MISMATCH,
    READ_MODEL_NOT_FOUND,
    REBUILD_IN_PROGRESS,
    SITE_NOT_READY,
    SITE_ALREADY_REGISTERED,
    ORGANISATION_NOT_FOUND,
    ORGANISATION_ALREADY_EXISTS,
    CLIENT_NOT_FOUND,
    PARTNER_NOT_FOUND,
    CONCURRENT_MODIFICATION,
    VERSION_NOT_NEWER,
    VERSION_NOT_AVAILABLE,
    VERSION_ALREADY_PUBLISHED,
    DOWNGRADE_NOT_ALLOWED,
    SAME_EDITION,
    MIGRATION_CANNOT_CHANGE_VERSION,
    /** The read side has not reached the revision asked for yet: ask again shortly. */
    READ_MODEL_BEHIND,
    /** The caller holds as many of a limited resource (live streams) as allowed: ask again shortly. */
    TOO_MANY_REQUESTS
}
