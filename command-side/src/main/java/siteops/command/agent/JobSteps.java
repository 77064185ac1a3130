package siteops.command.agent;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.GenericMessage;

import java.time.Duration;

/**
 * The step every long-running operation's process takes, whatever the job: hand the job to the
 * agent, with a deadline by which the agent must have reported (the deadline's payload says what
 * timed out); and, once the report is in, cancel that deadline.
 */
public final class JobSteps {

    private JobSteps() {
    }

    /** Returns the deadline's id, which the process keeps to cancel it. */
    public static String submit(AgentJob job, ProvisioningAgent agent, DeadlineManager deadlines, String deadlineName,
                                Duration limit, Object timeout) {
        String deadlineId = deadlines.schedule(limit, deadlineName, new GenericMessage<>(timeout, job.correlationData()));
        agent.submit(job);
        return deadlineId;
    }

    /** Null once nothing is scheduled any more. */
    public static String cancel(DeadlineManager deadlines, String deadlineName, String deadlineId) {
        if (deadlineId != null) {
            deadlines.cancelSchedule(deadlineName, deadlineId);
        }
        return null;
    }

    public static String agentDidNotReport(Duration limit) {
        return "the agent did not report within " + limit;
    }
}
