package siteops.command.backup;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import siteops.api.operation.JobKind;
import siteops.api.backup.RecordBackupFailed;
import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupFailed;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupStarted;
import siteops.api.backup.StartBackup;
import siteops.command.agent.AgentJob;
import siteops.command.agent.JobSteps;
import siteops.command.agent.ProvisioningAgent;

import java.util.Map;

/**
 * Relays one backup: starts it, hands it to the agent with a deadline, and reports a missed
 * deadline as the backup's failure. Where the backup stands is the site's to know
 * ({@code RunningOperation}); this process keeps only what it needs to address the site and to
 * cancel its deadline. Stored by Jackson between events, fields only.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class SiteBackupProcess {

    static final String BACKUP_TIMEOUT = "backup-timeout";
    private static final String BACKUP_ID = "backupId";

    private String siteId;
    private String backupId;
    private String timeoutId;

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
        AgentJob backup = new AgentJob(JobKind.BACK_UP, siteId, backupId, null, Map.of(), metaData);
        timeoutId = JobSteps.submit(backup, agent, deadlines, BACKUP_TIMEOUT, settings.timeout(),
                new BackupTimeout(settings.timeout()));
    }

    /** The deadline carries the metadata of the event that set it: the failure keeps the actor and correlation id. */
    @DeadlineHandler(deadlineName = BACKUP_TIMEOUT)
    public void on(BackupTimeout timeout, MetaData metaData, CommandGateway commands) {
        RecordBackupFailed failure = new RecordBackupFailed(siteId, backupId,
                JobSteps.agentDidNotReport(timeout.limit()));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(failure).andMetaData(metaData));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = BACKUP_ID)
    public void on(BackupCompleted event, DeadlineManager deadlines) {
        timeoutId = JobSteps.cancel(deadlines, BACKUP_TIMEOUT, timeoutId);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = BACKUP_ID)
    public void on(BackupFailed event, DeadlineManager deadlines) {
        timeoutId = JobSteps.cancel(deadlines, BACKUP_TIMEOUT, timeoutId);
    }
}
