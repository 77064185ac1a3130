package siteops.command.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import siteops.command.agent.AgentJob;
import siteops.command.agent.AgentReports;
import siteops.command.agent.ProvisioningAgent;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Does every kind of job by waiting: each takes the time configured for its kind, then reports
 * success, or the failure injected for it. Work that takes time is a db-scheduler task in the
 * command side's database, written in the same transaction as the process that asked for it:
 * like a real agent, it outlives a crash of siteops and reports once siteops is back. Work that
 * takes no time (PT0S, for tests and benchmarks) is reported as soon as that transaction commits,
 * from memory; a crash in between leaves it to the process's timeout.
 */
public class SimulatedAgent implements ProvisioningAgent, AutoCloseable {

    static final String TASK_NAME = "simulated-agent-job";
    private static final Logger log = LoggerFactory.getLogger(SimulatedAgent.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<SchedulerClient> scheduler;
    private final OneTimeTask<String> task;
    private final SimulatorSettings settings;
    private final SimulatedFaults faults;
    private final Supplier<AgentReports> reports;
    private final ExecutorService immediateWork;
    private final Clock clock = Clock.systemUTC();

    public SimulatedAgent(Supplier<SchedulerClient> scheduler, OneTimeTask<String> task, SimulatorSettings settings,
                          SimulatedFaults faults, Supplier<AgentReports> reports) {
        this.scheduler = scheduler;
        this.task = task;
        this.settings = settings;
        this.faults = faults;
        this.reports = reports;
        this.immediateWork = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "simulated-agent");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The task that finishes a job when its time has come; reports are looked up lazily. */
    public static OneTimeTask<String> task(Supplier<AgentReports> reports) {
        return Tasks.oneTime(TASK_NAME, String.class)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY_AFTER))
                .execute((instance, context) -> report(read(instance.getData()), reports.get()));
    }

    /**
     * An injected fault is used up here, in the process's unit of work; if that unit of work rolls
     * back, the job is submitted again later and the fault must still be there for it.
     */
    @Override
    public void submit(AgentJob job) {
        String failureReason = faults.take(job.kind(), job.siteId(), job.subject()).orElse(null);
        if (failureReason != null) {
            CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.onRollback(
                    rolledBack -> faults.inject(job.kind(), job.siteId(), job.subject(), failureReason)));
        }
        SimulatedJob simulated = new SimulatedJob(job, failureReason);
        Duration time = settings.timeOf(job.kind());
        if (time.isZero()) {
            reportOnceCommitted(simulated);
        } else {
            // a fixed-length id, whatever the subject: the task table's ids are short
            String subject = job.kind() + "/" + (job.subject() == null ? "" : job.subject());
            String id = job.operationId() + "/" + UUID.nameUUIDFromBytes(subject.getBytes(StandardCharsets.UTF_8));
            scheduler.get().scheduleIfNotExists(task.instance(id, write(simulated)), clock.instant().plus(time));
        }
    }

    private void reportOnceCommitted(SimulatedJob simulated) {
        Runnable reportNow = () -> immediateWork.execute(() -> {
            try {
                report(simulated, reports.get());
            } catch (RuntimeException e) {
                log.warn("Could not report the {} job of operation {} on site {}; its timeout will settle it",
                        simulated.job().kind(), simulated.job().operationId(), simulated.job().siteId(), e);
            }
        });
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(committed -> reportNow.run());
        } else {
            reportNow.run();
        }
    }

    @Override
    public void close() {
        immediateWork.shutdownNow();
    }

    private static void report(SimulatedJob simulated, AgentReports reports) {
        if (simulated.failureReason() == null) {
            reports.succeeded(simulated.job());
        } else {
            reports.failed(simulated.job(), simulated.failureReason());
        }
    }

    private static String write(SimulatedJob simulated) {
        try {
            return JSON.writeValueAsString(simulated);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a job is plain data", e);
        }
    }

    private static SimulatedJob read(String json) {
        try {
            return JSON.readValue(json, SimulatedJob.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a simulated job: " + json, e);
        }
    }
}
