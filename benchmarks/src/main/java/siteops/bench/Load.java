package siteops.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Requests sent by a fixed number of client threads, each latency recorded in a histogram (microseconds). */
final class Load {

    private Load() {
    }

    static Result run(int clients, int requests, IntFunction<Http.Answer> request, int expectedStatus) {
        return run(clients, requests, Duration.ofDays(1), request, expectedStatus);
    }

    /** As many of the requests as the clients send within {@code budget}. */
    static Result run(int clients, int requests, Duration budget, IntFunction<Http.Answer> request,
                      int expectedStatus) {
        Histogram latencies = new ConcurrentHistogram(3);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger unexpected = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        try {
            List<Future<?>> workers = IntStream.range(0, clients)
                    .<Future<?>>mapToObj(client -> threads.submit(() -> {
                        for (int index = next.getAndIncrement(); index < requests && System.nanoTime() < deadline;
                             index = next.getAndIncrement()) {
                            long sent = System.nanoTime();
                            Http.Answer answer = request.apply(index);
                            latencies.recordValue(Math.max(1, (System.nanoTime() - sent) / 1_000));
                            if (answer.status() != expectedStatus) {
                                unexpected.incrementAndGet();
                            }
                        }
                    }))
                    .toList();
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("a client failed", e);
        } finally {
            threads.shutdownNow();
        }
        return new Result(latencies, (System.nanoTime() - start) / 1e9, unexpected.get());
    }

    record Result(Histogram latencies, double seconds, int unexpected) {

        double p50Millis() {
            return latencies.getValueAtPercentile(50) / 1_000.0;
        }

        double p99Millis() {
            return latencies.getValueAtPercentile(99) / 1_000.0;
        }

        double perSecond() {
            return latencies.getTotalCount() / seconds;
        }
    }
}
