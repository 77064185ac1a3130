package siteops.command.agent;

import siteops.api.operation.JobKind;

import java.util.Map;

/**
 * One piece of work for a provisioning agent, for one operation of one site. {@code subject} is
 * what the job is about within the site (the company to convert; null when it is the whole site),
 * {@code parameters} what the agent needs to know (the versions of a conversion, ...).
 * {@code correlationData} is opaque to the agent and sent back with its report, so that the
 * report's events carry the same actor and correlation id as the operation they belong to.
 */
public record AgentJob(
        JobKind kind,
        String siteId,
        String operationId,
        String subject,
        Map<String, String> parameters,
        Map<String, Object> correlationData) {

    public AgentJob {
        parameters = Map.copyOf(parameters);
        correlationData = Map.copyOf(correlationData);
    }
}
