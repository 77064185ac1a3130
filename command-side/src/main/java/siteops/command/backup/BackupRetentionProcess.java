package siteops.command.backup;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupDeleted;
import siteops.api.backup.ExpireBackup;

import java.time.Duration;

/**
 * Deletes a backup that has an expiry (a pre-update backup) when it expires: a deadline at
 * {@code expiresAt}, then the site is asked to let it go. The site refuses while an operation
 * uses it, so the process asks again every {@link #RETRY} until the backup is deleted (by it, or
 * by a user first). A backup without an expiry ends the process at once. Stored by Jackson
 * between events, fields only.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class BackupRetentionProcess {

    static final String BACKUP_EXPIRY = "backup-expiry";
    static final Duration RETRY = Duration.ofHours(1);
    private static final String BACKUP_ID = "backupId";

    private String siteId;
    private String backupId;
    private String expiryId;

    @StartSaga
    @SagaEventHandler(associationProperty = BACKUP_ID)
    public void on(BackupCompleted event, DeadlineManager deadlines) {
        if (event.expiresAt() == null) {
            SagaLifecycle.end();
            return;
        }
        siteId = event.siteId();
        backupId = event.backupId();
        expiryId = deadlines.schedule(event.expiresAt(), BACKUP_EXPIRY, new BackupExpiry(backupId));
    }

    @DeadlineHandler(deadlineName = BACKUP_EXPIRY)
    public void on(BackupExpiry expiry, CommandGateway commands, DeadlineManager deadlines) {
        expiryId = deadlines.schedule(RETRY, BACKUP_EXPIRY, expiry);
        commands.sendAndWait(new ExpireBackup(siteId, backupId));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = BACKUP_ID)
    public void on(BackupDeleted event, DeadlineManager deadlines) {
        if (expiryId != null) {
            deadlines.cancelSchedule(BACKUP_EXPIRY, expiryId);
        }
    }
}
