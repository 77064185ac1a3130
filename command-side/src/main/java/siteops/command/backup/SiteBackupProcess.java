package siteops.command.backup;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupFailed;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupStarted;
import siteops.api.backup.RecordBackupFailed;
import siteops.api.backup.StartBackup;
import siteops.api.operation.JobKind;
import siteops.command.agent.JobSteps;
import siteops.command.agent.OperationRelay;
import siteops.command.agent.ProvisioningAgent;

import java.util.Map;

/**
 * Relays one backup, manual or taken before an update (what its end means for the update is the
 * site's to decide): starts it, hands it to the agent with a deadline, and reports a missed
 * deadline as the backup's failure.
 */
@Saga
public class SiteBackupProcess extends OperationRelay {

    static final String BACKUP_TIMEOUT = "backup-timeout";
    private static final String BACKUP_ID = "backupId";

    private String backupId;

    @Override
    protected String operationId() {
        return backupId;
    }

    @StartSaga
    @SagaEventHandler(associationProperty = BACKUP_ID)
    public void on(BackupRequested event, CommandGateway commands) {
        siteId = event.siteId();
        backupId = event.backupId();
        commands.sendAndWait(new StartBackup(siteId, backupId));
    }

    @SagaEventHandler(associationProperty = BACKUP_ID)
    public void on(BackupStarted event, MetaData metaData, ProvisioningAgent agent, DeadlineManager deadlines,
                   BackupProcessSettings settings) {
        submit(JobKind.BACK_UP, Map.of(), metaData, agent, deadlines, BACKUP_TIMEOUT, settings.timeout(),
                new BackupTimeout(settings.timeout()));
    }

    @DeadlineHandler(deadlineName = BACKUP_TIMEOUT)
    public void on(BackupTimeout timeout, MetaData metaData, CommandGateway commands) {
        reportFailure(new RecordBackupFailed(siteId, backupId, JobSteps.agentDidNotReport(timeout.limit())),
                metaData, commands);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = BACKUP_ID)
    public void on(BackupCompleted event, DeadlineManager deadlines) {
        cancelTimeout(deadlines, BACKUP_TIMEOUT);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = BACKUP_ID)
    public void on(BackupFailed event, DeadlineManager deadlines) {
        cancelTimeout(deadlines, BACKUP_TIMEOUT);
    }
}
