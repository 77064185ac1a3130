package siteops.command.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long a site's backups are kept ({@code siteops.backups.retention}): the newest
 * {@code manual} manual backups of each site, and each pre-update backup for {@code preUpdate}
 * after it was taken. A backup past either is deleted by the system ({@code BackupDeleted},
 * reason {@code RETENTION}), unless an operation is using it then.
 */
@ConfigurationProperties("siteops.backups.retention")
public record BackupRetention(@DefaultValue("10") int manual, @DefaultValue("P30D") Duration preUpdate) {

    public BackupRetention {
        if (manual < 1) {
            throw new IllegalArgumentException("siteops.backups.retention.manual keeps at least one backup, not " + manual);
        }
        if (preUpdate.isNegative() || preUpdate.isZero()) {
            throw new IllegalArgumentException("siteops.backups.retention.pre-update is a positive duration, not "
                    + preUpdate);
        }
    }
}
