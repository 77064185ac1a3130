package siteops.command.repair;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import siteops.api.operation.JobKind;
import siteops.api.repair.RecordRepairFailed;
import siteops.api.repair.RepairCompleted;
import siteops.api.repair.RepairFailed;
import siteops.api.repair.RepairRequested;
import siteops.api.repair.RepairStarted;
import siteops.api.repair.StartRepair;
import siteops.command.agent.JobSteps;
import siteops.command.agent.OperationRelay;
import siteops.command.agent.ProvisioningAgent;

import java.util.Map;

/**
 * Relays one repair: starts it, hands the redeployment to the agent with a deadline, and reports
 * a missed deadline as the repair's failure.
 */
@Saga
public class SiteRepairProcess extends OperationRelay {

    static final String REPAIR_TIMEOUT = "repair-timeout";
    private static final String OPERATION_ID = "operationId";

    private String operationId;

    @Override
    protected String operationId() {
        return operationId;
    }

    @StartSaga
    @SagaEventHandler(associationProperty = OPERATION_ID)
    public void on(RepairRequested event, CommandGateway commands) {
        siteId = event.siteId();
        operationId = event.operationId();
        commands.sendAndWait(new StartRepair(siteId, operationId));
    }

    @SagaEventHandler(associationProperty = OPERATION_ID)
    public void on(RepairStarted event, MetaData metaData, ProvisioningAgent agent, DeadlineManager deadlines,
                   RepairProcessSettings settings) {
        submit(JobKind.REPAIR, Map.of(), metaData, agent, deadlines, REPAIR_TIMEOUT, settings.timeout(),
                new RepairTimeout(settings.timeout()));
    }

    @DeadlineHandler(deadlineName = REPAIR_TIMEOUT)
    public void on(RepairTimeout timeout, MetaData metaData, CommandGateway commands) {
        reportFailure(new RecordRepairFailed(siteId, operationId, JobSteps.agentDidNotReport(timeout.limit())),
                metaData, commands);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = OPERATION_ID)
    public void on(RepairCompleted event, DeadlineManager deadlines) {
        cancelTimeout(deadlines, REPAIR_TIMEOUT);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = OPERATION_ID)
    public void on(RepairFailed event, DeadlineManager deadlines) {
        cancelTimeout(deadlines, REPAIR_TIMEOUT);
    }
}
