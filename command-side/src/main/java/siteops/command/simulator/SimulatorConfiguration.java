package siteops.command.simulator;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import siteops.command.agent.AgentReports;
import siteops.command.agent.ProvisioningAgent;

/** The simulated agent when {@code siteops.simulator.enabled} (the default); otherwise no agent at all. */
@Configuration
public class SimulatorConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SimulatorConfiguration.class);

    @Bean
    @ConditionalOnProperty(name = "siteops.simulator.enabled", havingValue = "true", matchIfMissing = true)
    SimulatedFaults simulatedFaults() {
        return new SimulatedFaults();
    }

    /** A bean, so that db-scheduler knows the task; collaborators are looked up when it runs, not when it is built. */
    @Bean
    @ConditionalOnProperty(name = "siteops.simulator.enabled", havingValue = "true", matchIfMissing = true)
    OneTimeTask<String> simulatedAgentTask(ObjectProvider<AgentReports> reports) {
        return SimulatedAgent.task(reports::getObject);
    }

    @Bean
    @ConditionalOnProperty(name = "siteops.simulator.enabled", havingValue = "true", matchIfMissing = true)
    SimulatedAgent simulatedAgent(ObjectProvider<SchedulerClient> scheduler, OneTimeTask<String> simulatedAgentTask,
                                  SimulatorSettings settings, SimulatedFaults faults,
                                  ObjectProvider<AgentReports> reports) {
        return new SimulatedAgent(scheduler::getObject, simulatedAgentTask, settings, faults, reports::getObject);
    }

    /**
     * Without the simulator no agent is connected yet: jobs are not picked up, and every operation
     * fails when its first job times out (an update rolls back). Said loudly at start.
     */
    @Bean
    @ConditionalOnProperty(name = "siteops.simulator.enabled", havingValue = "false")
    ProvisioningAgent noProvisioningAgent() {
        log.warn("siteops.simulator.enabled=false and no provisioning agent is connected: "
                + "operations will fail when their first job times out (updates roll back)");
        return job -> log.warn("No provisioning agent for the {} job of operation {} on site {}", job.kind(),
                job.operationId(), job.siteId());
    }
}
