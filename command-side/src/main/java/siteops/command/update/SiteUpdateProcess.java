package siteops.command.update;

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
import siteops.api.update.CompanyConversionFailed;
import siteops.api.update.CompanyConverted;
import siteops.api.update.RecordCompanyConversionFailed;
import siteops.api.update.RollBackUpdate;
import siteops.api.update.StartUpdate;
import siteops.api.update.UpdateCompleted;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateRollbackFailed;
import siteops.api.update.UpdateRolledBack;
import siteops.api.update.UpdateStarted;
import siteops.command.agent.AgentJob;
import siteops.command.agent.JobSteps;
import siteops.command.agent.ProvisioningAgent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drives one update of one site: starts it, has the agent convert the companies one after the
 * other with a timeout on each, and rolls the update back when a conversion fails. The site
 * takes the pre-update backup when the update starts, and restores it as the rollback; both are
 * run by the processes of every backup and restore ({@code SiteBackupProcess},
 * {@code SiteRestoreProcess}), and the site starts the conversions, or ends the update, as they end.
 * <p>
 * Its state is stored by Jackson between events: the fields are serialized directly (there are
 * no getters), and every collaborator arrives as a handler parameter, never as a field.
 */
@Saga
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public class SiteUpdateProcess {

    static final String CONVERSION_TIMEOUT = "conversion-timeout";
    private static final String UPDATE_ID = "updateId";

    private String siteId;
    private String updateId;
    private String fromVersion;
    private String targetVersion;
    private List<String> companiesToConvert = new ArrayList<>();
    private String conversionTimeoutId;

    @StartSaga
    @SagaEventHandler(associationProperty = UPDATE_ID)
    public void on(UpdateRequested event, CommandGateway commands) {
        siteId = event.siteId();
        updateId = event.updateId();
        fromVersion = event.fromVersion();
        targetVersion = event.targetVersion();
        commands.sendAndWait(new StartUpdate(siteId, updateId));
    }

    @SagaEventHandler(associationProperty = UPDATE_ID)
    public void on(UpdateStarted event, MetaData metaData, ProvisioningAgent agent, DeadlineManager deadlines,
                   UpdateProcessSettings settings) {
        companiesToConvert = new ArrayList<>(event.companies());
        convertNextCompany(metaData, agent, deadlines, settings);
    }

    @SagaEventHandler(associationProperty = UPDATE_ID)
    public void on(CompanyConverted event, MetaData metaData, ProvisioningAgent agent, DeadlineManager deadlines,
                   UpdateProcessSettings settings) {
        if (!isBeingConverted(event.company())) {
            companiesToConvert.remove(event.company());
            return;
        }
        companiesToConvert.remove(0);
        cancelConversionTimeout(deadlines);
        convertNextCompany(metaData, agent, deadlines, settings);
    }

    @SagaEventHandler(associationProperty = UPDATE_ID)
    public void on(CompanyConversionFailed event, CommandGateway commands, DeadlineManager deadlines) {
        cancelConversionTimeout(deadlines);
        commands.sendAndWait(new RollBackUpdate(siteId, updateId));
    }

    /**
     * The deadline carries the metadata of the event which set it: passing it on keeps the actor
     * and correlation id on the failure and the rollback it causes.
     */
    @DeadlineHandler(deadlineName = CONVERSION_TIMEOUT)
    public void on(ConversionTimeout timeout, MetaData metaData, CommandGateway commands) {
        if (!isBeingConverted(timeout.company())) {
            return;
        }
        RecordCompanyConversionFailed failure = new RecordCompanyConversionFailed(siteId, updateId,
                timeout.company(), JobSteps.agentDidNotReport(timeout.limit()));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(failure).andMetaData(metaData));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = UPDATE_ID)
    public void on(UpdateCompleted event, DeadlineManager deadlines) {
        cancelConversionTimeout(deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = UPDATE_ID)
    public void on(UpdateRolledBack event, DeadlineManager deadlines) {
        cancelConversionTimeout(deadlines);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = UPDATE_ID)
    public void on(UpdateRollbackFailed event, DeadlineManager deadlines) {
        cancelConversionTimeout(deadlines);
    }

    private void convertNextCompany(MetaData metaData, ProvisioningAgent agent, DeadlineManager deadlines,
                                    UpdateProcessSettings settings) {
        if (companiesToConvert.isEmpty()) {
            return;
        }
        String company = companiesToConvert.get(0);
        AgentJob conversion = new AgentJob(JobKind.CONVERT_COMPANY, siteId, updateId, company,
                Map.of("fromVersion", fromVersion, "targetVersion", targetVersion), metaData);
        conversionTimeoutId = JobSteps.submit(conversion, agent, deadlines, CONVERSION_TIMEOUT,
                settings.conversionTimeout(), new ConversionTimeout(company, settings.conversionTimeout()));
    }

    private boolean isBeingConverted(String company) {
        return !companiesToConvert.isEmpty() && companiesToConvert.get(0).equals(company);
    }

    private void cancelConversionTimeout(DeadlineManager deadlines) {
        conversionTimeoutId = JobSteps.cancel(deadlines, CONVERSION_TIMEOUT, conversionTimeoutId);
    }
}
