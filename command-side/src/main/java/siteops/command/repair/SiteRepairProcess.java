package siteops.command.repair;

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
import siteops.api.repair.RecordRepairFailed;
import siteops.api.repair.RepairCompleted;
import siteops.api.repair.RepairFailed;
import siteops.api.repair.RepairRequested;
import siteops.api.repair.RepairStarted;
import siteops.api.repair.StartRepair;
import siteops.command.agent.AgentJob;
import siteops.command.agent.JobSteps;
import siteops.command.agent.ProvisioningAgent;

import java.util.Map;

/**
 * Relays one repair: starts it, hands the redeployment to the agent with a deadline, and reports
 * a missed deadline as the repair's failure. Where the repair stands is the site's to know
 * ({@code RunningOperation}); this process keeps only what it needs to address the site and to
 * cancel its deadline. Stored by Jackson between events, fields only.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class SiteRepairProcess {

    static final String REPAIR_TIMEOUT = "repair-timeout";
    private static final String OPERATION_ID = "operationId";

    private String siteId;
    private String operationId;
    private String timeoutId;

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
        AgentJob redeployment = new AgentJob(JobKind.REPAIR, siteId, operationId, null, Map.of(), metaData);
        timeoutId = JobSteps.submit(redeployment, agent, deadlines, REPAIR_TIMEOUT, settings.timeout(),
                new RepairTimeout(settings.timeout()));
    }

    /** The deadline carries the metadata of the event that set it: the failure keeps the actor and correlation id. */
    @DeadlineHandler(deadlineName = REPAIR_TIMEOUT)
    public void on(RepairTimeout timeout, MetaData metaData, CommandGateway commands) {
        RecordRepairFailed failure = new RecordRepairFailed(siteId, operationId,
                JobSteps.agentDidNotReport(timeout.limit()));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(failure).andMetaData(metaData));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = OPERATION_ID)
    public void on(RepairCompleted event, DeadlineManager deadlines) {
        timeoutId = JobSteps.cancel(deadlines, REPAIR_TIMEOUT, timeoutId);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = OPERATION_ID)
    public void on(RepairFailed event, DeadlineManager deadlines) {
        timeoutId = JobSteps.cancel(deadlines, REPAIR_TIMEOUT, timeoutId);
    }
}
