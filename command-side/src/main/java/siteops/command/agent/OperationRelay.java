package siteops.command.agent;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.MetaData;
import siteops.api.operation.JobKind;

import java.time.Duration;
import java.util.Map;

/**
 * What the process of a one-job operation (a repair, a backup, a restore) does: it hands the job
 * to the agent with a deadline, reports a missed deadline as the failure, and cancels the
 * deadline when the operation ends. Each kind's process only says which events and commands are
 * its own. Where the operation stands is the site's to know ({@code RunningOperation}); a process
 * keeps only what it needs to address the site and to cancel its deadline, stored by Jackson
 * between events, fields only (the operation's id in a field of each kind's own, under the name
 * it has always had).
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public abstract class OperationRelay {

    protected String siteId;
    private String timeoutId;

    protected abstract String operationId();

    /** {@code timeout}: the deadline's payload, which says what timed out. */
    protected void submit(JobKind kind, Map<String, String> parameters, MetaData metaData, ProvisioningAgent agent,
                          DeadlineManager deadlines, String deadlineName, Duration limit, Object timeout) {
        AgentJob job = new AgentJob(kind, siteId, operationId(), null, parameters, metaData);
        timeoutId = JobSteps.submit(job, agent, deadlines, deadlineName, limit, timeout);
    }

    /** The deadline carries the metadata of the event that set it: the failure keeps the actor and correlation id. */
    protected static void reportFailure(Object failure, MetaData metaData, CommandGateway commands) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(failure).andMetaData(metaData));
    }

    protected void cancelTimeout(DeadlineManager deadlines, String deadlineName) {
        timeoutId = JobSteps.cancel(deadlines, deadlineName, timeoutId);
    }
}
