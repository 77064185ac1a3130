package siteops.command.agent;

/**
 * The one port to the provisioning agents, for every kind of job. A job is answered later,
 * through {@link AgentReports}; an agent may receive the same job twice (after a crash of
 * siteops) and may answer late: the {@code Site} aggregate ignores what no longer applies.
 */
public interface ProvisioningAgent {

    void submit(AgentJob job);
}
