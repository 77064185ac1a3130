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
import siteops.command.update.ConversionAgent;
import siteops.command.update.ConversionReports;
import siteops.command.update.ConversionRequest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Converts company databases by waiting: each conversion takes the configured time, then reports
 * success, or the failure injected for that company. Work that takes time is a db-scheduler task
 * in the command side's database, written in the same transaction as the update process that
 * asked for it: like a real agent, it outlives a crash of siteops and reports once siteops is
 * back. Work that takes no time (conversion-time PT0S, for tests and benchmarks) is reported as
 * soon as that transaction commits, from memory; a crash in between leaves it to the update
 * process's timeout.
 */
public class SimulatedConversionAgent implements ConversionAgent, AutoCloseable {

    static final String TASK_NAME = "simulated-conversion";
    private static final Logger log = LoggerFactory.getLogger(SimulatedConversionAgent.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<SchedulerClient> scheduler;
    private final OneTimeTask<String> task;
    private final Duration conversionTime;
    private final SimulatedFaults faults;
    private final Supplier<ConversionReports> reports;
    private final ExecutorService immediateWork;
    private final Clock clock = Clock.systemUTC();

    public SimulatedConversionAgent(Supplier<SchedulerClient> scheduler, OneTimeTask<String> task,
                                    SimulatorSettings settings, SimulatedFaults faults,
                                    Supplier<ConversionReports> reports) {
        this.scheduler = scheduler;
        this.task = task;
        this.conversionTime = settings.conversionTime();
        this.faults = faults;
        this.reports = reports;
        this.immediateWork = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "simulated-conversion-agent");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The task that finishes a conversion when its time has come; reports are looked up lazily. */
    public static OneTimeTask<String> task(Supplier<ConversionReports> reports) {
        return Tasks.oneTime(TASK_NAME, String.class)
                .onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY_AFTER))
                .execute((instance, context) -> report(read(instance.getData()), reports.get()));
    }

    /**
     * An injected fault is used up here, in the update process's unit of work; if that unit of work
     * rolls back, the request is repeated later and the fault must still be there for it.
     */
    @Override
    public void convert(ConversionRequest request) {
        String failureReason = faults.take(request.siteId(), request.company()).orElse(null);
        if (failureReason != null) {
            CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.onRollback(
                    rolledBack -> faults.inject(request.siteId(), request.company(), failureReason)));
        }
        SimulatedConversion conversion = new SimulatedConversion(request, failureReason);
        if (conversionTime.isZero()) {
            reportOnceCommitted(conversion);
        } else {
            // a fixed-length id, whatever the company's name: the task table's ids are short
            String id = request.updateId() + "/"
                    + UUID.nameUUIDFromBytes(request.company().getBytes(StandardCharsets.UTF_8));
            scheduler.get().scheduleIfNotExists(task.instance(id, write(conversion)),
                    clock.instant().plus(conversionTime));
        }
    }

    private void reportOnceCommitted(SimulatedConversion conversion) {
        Runnable reportNow = () -> immediateWork.execute(() -> {
            try {
                report(conversion, reports.get());
            } catch (RuntimeException e) {
                log.warn("Could not report the conversion of {} on site {}; the update's timeout will settle it",
                        conversion.request().company(), conversion.request().siteId(), e);
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

    private static void report(SimulatedConversion conversion, ConversionReports reports) {
        if (conversion.failureReason() == null) {
            reports.converted(conversion.request());
        } else {
            reports.failed(conversion.request(), conversion.failureReason());
        }
    }

    private static String write(SimulatedConversion conversion) {
        try {
            return JSON.writeValueAsString(conversion);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a conversion request is plain data", e);
        }
    }

    private static SimulatedConversion read(String json) {
        try {
            return JSON.readValue(json, SimulatedConversion.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not a simulated conversion: " + json, e);
        }
    }
}
