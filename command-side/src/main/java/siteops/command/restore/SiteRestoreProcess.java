package siteops.command.restore;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import siteops.api.operation.JobKind;
import siteops.api.restore.RecordRestoreFailed;
import siteops.api.restore.RestoreCompleted;
import siteops.api.restore.RestoreFailed;
import siteops.api.restore.RestoreRequested;
import siteops.api.restore.RestoreStarted;
import siteops.api.restore.StartRestore;
import siteops.command.agent.JobSteps;
import siteops.command.agent.OperationRelay;
import siteops.command.agent.ProvisioningAgent;

import java.util.Map;

/**
 * Relays one restore, asked for by a user or by an update's rollback (what its end means for the
 * update is the site's to decide): starts it, hands it to the agent with a deadline, and reports
 * a missed deadline as the restore's failure.
 */
@Saga
public class SiteRestoreProcess extends OperationRelay {

    static final String RESTORE_TIMEOUT = "restore-timeout";
    private static final String OPERATION_ID = "operationId";

    private String operationId;

    @Override
    protected String operationId() {
        return operationId;
    }

    @StartSaga
    @SagaEventHandler(associationProperty = OPERATION_ID)
    public void on(RestoreRequested event, CommandGateway commands) {
        siteId = event.siteId();
        operationId = event.operationId();
        commands.sendAndWait(new StartRestore(siteId, operationId));
    }

    @SagaEventHandler(associationProperty = OPERATION_ID)
    public void on(RestoreStarted event, MetaData metaData, ProvisioningAgent agent, DeadlineManager deadlines,
                   RestoreProcessSettings settings) {
        submit(JobKind.RESTORE, Map.of("backupId", event.backupId()), metaData, agent, deadlines, RESTORE_TIMEOUT,
                settings.timeout(), new RestoreTimeout(settings.timeout()));
    }

    @DeadlineHandler(deadlineName = RESTORE_TIMEOUT)
    public void on(RestoreTimeout timeout, MetaData metaData, CommandGateway commands) {
        reportFailure(new RecordRestoreFailed(siteId, operationId, JobSteps.agentDidNotReport(timeout.limit())),
                metaData, commands);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = OPERATION_ID)
    public void on(RestoreCompleted event, DeadlineManager deadlines) {
        cancelTimeout(deadlines, RESTORE_TIMEOUT);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = OPERATION_ID)
    public void on(RestoreFailed event, DeadlineManager deadlines) {
        cancelTimeout(deadlines, RESTORE_TIMEOUT);
    }
}
