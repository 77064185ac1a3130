package siteops.command.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import siteops.command.update.ConversionAgent;
import siteops.command.update.ConversionReports;
import siteops.command.update.ConversionRequest;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Converts company databases by waiting: each conversion takes the configured time, then reports
 * success, or the failure injected for that company. Its work in hand is a db-scheduler task in
 * the command side's database, written in the same transaction as the update process that asked
 * for it: like a real agent, it outlives a crash of siteops and reports once siteops is back.
 */
public class SimulatedConversionAgent implements ConversionAgent {

    static final String TASK_NAME = "simulated-conversion";
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<SchedulerClient> scheduler;
    private final OneTimeTask<String> task;
    private final Duration conversionTime;
    private final SimulatedFaults faults;
    private final Clock clock = Clock.systemUTC();

    public SimulatedConversionAgent(Supplier<SchedulerClient> scheduler, OneTimeTask<String> task,
                                    SimulatorSettings settings, SimulatedFaults faults) {
        this.scheduler = scheduler;
        this.task = task;
        this.conversionTime = settings.conversionTime();
        this.faults = faults;
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
        String id = request.updateId() + "/" + request.company();
        scheduler.get().scheduleIfNotExists(task.instance(id, write(conversion)), clock.instant().plus(conversionTime));
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
