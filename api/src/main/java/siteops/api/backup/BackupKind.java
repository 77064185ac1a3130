package siteops.api.backup;

/** Why a backup was taken: asked for by a user, or by an update before it converts anything. */
public enum BackupKind {
    MANUAL,
    PRE_UPDATE
}
