package siteops.command.update;

import com.fasterxml.jackson.annotation.JsonAlias;
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
 * Where the update stands is the site's to know: it converts the companies in their order and
 * ignores any other report, so the next company is the one after the company just converted, and
 * a timeout is reported as it is (the site ignores one for a company no longer awaited).
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
    /**
     * The update's companies in the order they are converted, from the one being converted on: the
     * site's list as the update started (earlier versions stored the companies still to convert,
     * under their old name, which serve the same purpose).
     */
    @JsonAlias("companiesToConvert")
    private List<String> companies = new ArrayList<>();
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
        companies = new ArrayList<>(event.companies());
        convert(0, metaData, agent, deadlines, settings);
    }

    @SagaEventHandler(associationProperty = UPDATE_ID)
    public void on(CompanyConverted event, MetaData metaData, ProvisioningAgent agent, DeadlineManager deadlines,
                   UpdateProcessSettings settings) {
        cancelConversionTimeout(deadlines);
        convert(companies.indexOf(event.company()) + 1, metaData, agent, deadlines, settings);
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

    /** The company at {@code position} in the update's order, if there is one left. */
    private void convert(int position, MetaData metaData, ProvisioningAgent agent, DeadlineManager deadlines,
                         UpdateProcessSettings settings) {
        if (position >= companies.size()) {
            return;
        }
        String company = companies.get(position);
        AgentJob conversion = new AgentJob(JobKind.CONVERT_COMPANY, siteId, updateId, company,
                Map.of("fromVersion", fromVersion, "targetVersion", targetVersion), metaData);
        conversionTimeoutId = JobSteps.submit(conversion, agent, deadlines, CONVERSION_TIMEOUT,
                settings.conversionTimeout(), new ConversionTimeout(company, settings.conversionTimeout()));
    }

    private void cancelConversionTimeout(DeadlineManager deadlines) {
        conversionTimeoutId = JobSteps.cancel(deadlines, CONVERSION_TIMEOUT, conversionTimeoutId);
    }
}
