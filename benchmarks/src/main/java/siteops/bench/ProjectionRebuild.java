package siteops.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scenario 2: every read model emptied and rebuilt from the whole event stream. */
final class ProjectionRebuild {

    private final ReadModels readModels;

    ProjectionRebuild(ReadModels readModels) {
        this.readModels = readModels;
    }

    Result run() throws InterruptedException {
        long events = readModels.head();
        long start = System.nanoTime();
        List<String> names = readModels.names();
        for (String name : names) {
            readModels.rebuild(name);
        }
        Map<String, Double> secondsPerReadModel = new LinkedHashMap<>();
        while (secondsPerReadModel.size() < names.size()) {
            for (JsonNode status : readModels.statuses()) {
                String name = status.path("name").asText();
                if (!secondsPerReadModel.containsKey(name) && status.path("caughtUp").asBoolean()
                        && status.path("behind").asLong() == 0) {
                    secondsPerReadModel.put(name, (System.nanoTime() - start) / 1e9);
                }
            }
            if ((System.nanoTime() - start) / 1e9 > 1800) {
                throw new IllegalStateException("the rebuild did not end in 30 minutes");
            }
            Thread.sleep(50);
        }
        double seconds = secondsPerReadModel.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return new Result(events, seconds, events / seconds, secondsPerReadModel);
    }

    record Result(long events, double seconds, double eventsPerSecond, Map<String, Double> secondsPerReadModel) {
    }
}
