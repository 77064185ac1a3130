package siteops.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.time.Instant;

/** The application's read-model administration: where each read model stands, and rebuilds. */
final class ReadModels {

    private final Http http;

    ReadModels(Http http) {
        this.http = http;
    }

    JsonNode statuses() {
        return http.get("/api/admin/read-models").expect(200).body();
    }

    List<String> names() {
        List<String> names = new ArrayList<>();
        statuses().forEach(status -> names.add(status.path("name").asText()));
        return names;
    }

    long head() {
        return statuses().get(0).path("headPosition").asLong();
    }

    long behind(String name) {
        for (JsonNode status : statuses()) {
            if (status.path("name").asText().equals(name)) {
                return status.path("behind").asLong();
            }
        }
        throw new IllegalArgumentException("no read model " + name);
    }

    boolean allCaughtUp() {
        for (JsonNode status : statuses()) {
            if (!status.path("caughtUp").asBoolean() || status.path("behind").asLong() > 0) {
                return false;
            }
        }
        return true;
    }

    void awaitCaughtUp(Duration atMost) throws InterruptedException {
        Instant deadline = Instant.now().plus(atMost);
        while (!allCaughtUp()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the read models did not catch up in " + atMost + ": " + statuses());
            }
            Thread.sleep(100);
        }
    }

    void rebuild(String name) {
        http.post("/api/admin/read-models/" + name + "/rebuild", "").expect(202);
    }
}
