package siteops.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenario 7: the auditors' export ({@code GET /api/audit/events/export}) of a log of a million
 * events, on a fresh application whose log was filled through its own commands (batch
 * registrations, three events a site): the time and bytes of the whole export, the heap in use
 * after a full collection before and after it, and the most heap in use seen while it streamed
 * (sampled every 200 ms, without collecting).
 */
final class LogExport {

    private static final long EVENTS_PER_SITE = 3;
    private static final Duration SAMPLING = Duration.ofMillis(200);

    private LogExport() {
    }

    record Result(long eventsInLog, long lines, long bytes, double seconds, long heapAfterGcBeforeBytes,
                  long heapAfterGcAfterBytes, long mostHeapInUseBytes, long residentBytesAfter) {

        double eventsPerSecond() {
            return lines / seconds;
        }
    }

    static Result run(Settings settings, Path dataDir) throws Exception {
        try (ApplicationUnderTest application = ApplicationUnderTest.start(settings.applicationJar(), dataDir,
                settings.jvmOptions(), settings.applicationArguments())) {
            Http http = application.http();
            ReadModels readModels = new ReadModels(http);
            Fleet fleet = new Fleet(http, settings.fleet());
            fleet.publish(Fleet.BASE_VERSION, "2020-10-05");
            fleet.growTo((int) ((settings.exportEvents() + EVENTS_PER_SITE - 1) / EVENTS_PER_SITE), 1, readModels);
            long head = readModels.head();
            awaitLinked(http, head);
            Benchmarks.log(String.format("audit log of %,d events linked; exporting", head));

            ApplicationUnderTest.Memory before = application.memory();
            AtomicLong mostInUse = new AtomicLong();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    try {
                        mostInUse.accumulateAndGet(application.heapInUseBytes(), Math::max);
                        Thread.sleep(SAMPLING.toMillis());
                    } catch (InterruptedException stopped) {
                        Thread.currentThread().interrupt();
                    } catch (Exception unreadable) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.start();
            long start = System.nanoTime();
            Http.Streamed export = http.stream("/api/audit/events/export");
            double seconds = (System.nanoTime() - start) / 1e9;
            sampler.interrupt();
            sampler.join();
            ApplicationUnderTest.Memory after = application.memory();
            if (export.lines() < head) {
                throw new IllegalStateException("the export has " + export.lines() + " lines, the log " + head
                        + " events");
            }
            return new Result(head, export.lines(), export.bytes(), seconds, before.heapAfterGcBytes(),
                    after.heapAfterGcBytes(), mostInUse.get(), after.residentBytes());
        }
    }

    /** The chain links events right after they are stored; the export ends at its head. */
    private static void awaitLinked(Http http, long head) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (http.get("/api/audit/digest").expect(200).body().path("position").asLong() < head) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the audit chain did not reach " + head + " in 10 minutes");
            }
            Thread.sleep(500);
        }
    }
}
