package siteops.command.testing;

import siteops.command.agent.AgentJob;
import siteops.command.agent.ProvisioningAgent;

import java.util.ArrayList;
import java.util.List;

/** Remembers the jobs it was given. */
public class RecordingAgent implements ProvisioningAgent {

    private final List<AgentJob> jobs = new ArrayList<>();

    @Override
    public void submit(AgentJob job) {
        jobs.add(job);
    }

    public List<AgentJob> jobs() {
        return List.copyOf(jobs);
    }

    public List<String> companiesAskedFor() {
        return jobs.stream().map(AgentJob::subject).toList();
    }

    public AgentJob last() {
        return jobs.get(jobs.size() - 1);
    }
}
