package siteops.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Scenario 1: an update requested on every site at once by concurrent clients. Measures the
 * requests' latency, the time until every site's read model shows Ready on the new version, and
 * the events per second that took, end to end.
 */
final class UpdateWave {

    private static final Duration SAMPLE_EVERY = Duration.ofMillis(100);

    private final List<Http> processes;
    private final ReadModels readModels;
    private final MongoCollection<Document> sites;
    private final int clients;

    UpdateWave(Http http, ReadModels readModels, MongoCollection<Document> sites, int clients) {
        this(List.of(http), readModels, sites, clients);
    }

    /** The requests spread over several processes of the application, one after the other. */
    UpdateWave(List<Http> processes, ReadModels readModels, MongoCollection<Document> sites, int clients) {
        this.processes = List.copyOf(processes);
        this.readModels = readModels;
        this.sites = sites;
        this.clients = clients;
    }

    Result run(List<String> siteIds, String targetVersion) throws InterruptedException {
        long headBefore = readModels.head();
        List<Sample> samples = new ArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        long start = System.nanoTime();
        Thread monitor = new Thread(() -> {
            while (running.get()) {
                samples.add(new Sample((System.nanoTime() - start) / 1e9, completed(targetVersion),
                        readModels.behind("sites")));
                sleep(SAMPLE_EVERY);
            }
        }, "wave-monitor");
        monitor.start();

        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        Load.Result requests = Load.run(clients, siteIds.size(), index -> {
            Http.Answer answer = processes.get(index % processes.size()).post("/api/sites/" + siteIds.get(index) + "/updates",
                    "{\"targetVersion\": \"" + targetVersion + "\"}");
            if (answer.status() != 202) {
                refusals.add(answer.status() + " " + answer.body().path("code").asText());
            }
            return answer;
        }, 202);
        if (!refusals.isEmpty()) {
            System.out.println("wave to " + targetVersion + ": refused " + refusals);
        }
        // A refused request updates nothing: the wave ends when every site asked for is Ready on the new version.
        while (completed(targetVersion) < siteIds.size() - requests.unexpected()) {
            if ((System.nanoTime() - start) / 1e9 > Duration.ofMinutes(15).toSeconds()) {
                throw new IllegalStateException("the wave did not end in 15 minutes");
            }
            sleep(Duration.ofMillis(20));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        monitor.join();
        samples.add(new Sample(seconds, siteIds.size(), readModels.behind("sites")));
        long events = readModels.head() - headBefore;
        return new Result(requests.p50Millis(), requests.p99Millis(), requests.unexpected(), seconds, events,
                events / seconds, samples);
    }

    private long completed(String targetVersion) {
        return sites.countDocuments(Filters.and(Filters.eq("version", targetVersion), Filters.eq("status", "Ready")));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Seconds since the first request, sites Ready on the new version, events the sites read model is behind. */
    record Sample(double second, long sitesCompleted, long readModelLag) {
    }

    record Result(double requestP50Millis, double requestP99Millis, int refusedRequests, double secondsToAllReady,
                  long events, double eventsPerSecond, List<Sample> samples) {
    }
}
