package siteops.app;

import org.junit.jupiter.api.Test;
import siteops.app.testing.ApplicationTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of clients that connect and then send a byte a second, with or without credentials,
 * do not keep the service from answering reads: a slow client holds a connection, not one of the
 * threads that serve requests, and not for long if it has a body to send. The figures measured
 * (reads before and under the attack, the slow clients' answers) are printed: rerun this test
 * alone to measure again.
 */
class SlowClientsTest extends ApplicationTest {

    private static final int SOCKETS_PER_SHAPE = 60;
    private static final Duration ATTACK = Duration.ofSeconds(20);
    private static final Duration TRICKLE_INTERVAL = Duration.ofSeconds(1);
    private static final int READERS = 4;
    /**
     * Generous, for a noisy machine: a read takes some tens of milliseconds; before slow clients
     * were bounded, reads waited until they timed out.
     */
    private static final Duration SLOWEST_READ_ALLOWED = Duration.ofSeconds(3);
    private static final Duration TYPICAL_READ_MARGIN = Duration.ofMillis(250);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(8);
    private static final String ACME = "Basic YWNtZTphY21l";
    private static final Pattern STATUS_LINE = Pattern.compile("^HTTP/1\\.1 (\\d{3})");

    /** What each slow client announces before it starts trickling. */
    enum Shape {
        /** Headers that never end. */
        SLOW_HEADERS("GET /api/versions HTTP/1.1\r\nHost: localhost\r\nX-Slow: "),
        /** A body far over any limit, without credentials. */
        HUGE_BODY_WITHOUT_CREDENTIALS("POST /api/sites HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 100000000\r\n\r\n"),
        /** A body of a size the service takes, without credentials. */
        BODY_WITHOUT_CREDENTIALS("POST /api/site-registrations HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 1000000\r\n\r\n"),
        /** A form, which servlet filters like to parse before anyone asked who sends it. */
        FORM_WITHOUT_CREDENTIALS("PUT /api/sites HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000000\r\n\r\n"),
        /** A body of a size the service takes, from a known user, arriving slowly. */
        SLOW_BODY_WITH_CREDENTIALS("POST /api/site-registrations HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: " + ACME + "\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n");

        private final String opening;

        Shape(String opening) {
            this.opening = opening;
        }
    }

    @Test
    void readsAreAnsweredWhileHundredsOfSlowClientsHoldConnections() throws Exception {
        HttpClient reader = HttpClient.newBuilder().connectTimeout(READ_TIMEOUT).build();
        sites.publish("2020.3", "2020-10-05");
        List<Long> baseline = new ArrayList<>();
        for (int read = 0; read < 30; read++) {
            baseline.add(timedRead(reader));
        }
        long baselineMedian = median(baseline);

        List<SlowClient> clients = new ArrayList<>();
        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        try {
            for (Shape shape : Shape.values()) {
                for (int client = 0; client < SOCKETS_PER_SHAPE; client++) {
                    clients.add(new SlowClient(shape, port()));
                }
            }
            long end = System.nanoTime() + ATTACK.toNanos();
            List<Future<List<Long>>> reads = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                reads.add(readers.submit(() -> {
                    List<Long> latencies = new ArrayList<>();
                    while (System.nanoTime() < end) {
                        latencies.add(timedRead(reader));
                        Thread.sleep(100);
                    }
                    return latencies;
                }));
            }
            while (System.nanoTime() < end) {
                clients.forEach(SlowClient::trickle);
                Thread.sleep(TRICKLE_INTERVAL.toMillis());
            }
            List<Long> underAttack = new ArrayList<>();
            for (Future<List<Long>> latencies : reads) {
                underAttack.addAll(latencies.get(READ_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS));
            }
            clients.forEach(SlowClient::collectAnswer);

            Map<Shape, Map<String, Integer>> answers = answersByShape(clients);
            System.out.printf("slow clients: %d; reads: baseline median %d ms, under attack median %d ms, slowest %d ms"
                            + " (%d reads); answers to the slow clients: %s%n", clients.size(), baselineMedian,
                    median(underAttack), Collections.max(underAttack), underAttack.size(), answers);

            assertThat(underAttack).isNotEmpty().allSatisfy(latency -> assertThat(latency)
                    .isLessThan(SLOWEST_READ_ALLOWED.toMillis() + 10 * baselineMedian));
            assertThat(median(underAttack)).isLessThan(TYPICAL_READ_MARGIN.toMillis() + 5 * baselineMedian);
            // Unanswered while they trickle; a client whose bytes a stalled machine held back for
            // longer than the connection timeout may have been timed out instead.
            assertThat(answers.get(Shape.SLOW_HEADERS).keySet()).isSubsetOf("none", "400", "408");
            for (Shape withoutCredentials : List.of(Shape.HUGE_BODY_WITHOUT_CREDENTIALS,
                    Shape.BODY_WITHOUT_CREDENTIALS, Shape.FORM_WITHOUT_CREDENTIALS)) {
                assertThat(answers.get(withoutCredentials)).as(withoutCredentials.name()).containsOnlyKeys("401");
            }
            assertThat(answers.get(Shape.SLOW_BODY_WITH_CREDENTIALS)).containsOnlyKeys("408", "429");
            assertThat(clients).filteredOn(client -> client.shape != Shape.SLOW_HEADERS)
                    .allSatisfy(client -> assertThat(client.answer).contains("application/problem+json")
                            .doesNotContain("Exception"));
        } finally {
            readers.shutdownNow();
            clients.forEach(SlowClient::close);
        }
    }

    /** A read a user of the portal makes, in milliseconds; a failed read takes as long as its timeout. */
    private long timedRead(HttpClient reader) throws InterruptedException {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = reader.send(api.request("client", "/api/versions")
                    .timeout(READ_TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } catch (IOException timedOutOrRefused) {
            return READ_TIMEOUT.toMillis();
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static Map<Shape, Map<String, Integer>> answersByShape(List<SlowClient> clients) {
        Map<Shape, Map<String, Integer>> answers = new EnumMap<>(Shape.class);
        for (SlowClient client : clients) {
            Matcher status = STATUS_LINE.matcher(client.answer);
            answers.computeIfAbsent(client.shape, shape -> new TreeMap<>())
                    .merge(status.find() ? status.group(1) : "none", 1, Integer::sum);
        }
        return answers;
    }

    /** One raw connection to 127.0.0.1 that sends its opening at once, then one byte at each {@link #trickle}. */
    private static final class SlowClient {

        private final Shape shape;
        private final Socket socket;
        private final StringBuilder received = new StringBuilder();
        private String answer = "";
        private boolean open = true;

        SlowClient(Shape shape, int port) throws IOException {
            this.shape = shape;
            this.socket = new Socket("127.0.0.1", port);
            socket.getOutputStream().write(shape.opening.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        }

        void trickle() {
            if (!open) {
                return;
            }
            try {
                readAvailable();
                OutputStream out = socket.getOutputStream();
                out.write(shape == Shape.FORM_WITHOUT_CREDENTIALS ? '=' : shape == Shape.SLOW_HEADERS ? 'a' : ' ');
                out.flush();
            } catch (IOException closedByTheServer) {
                open = false;
            }
        }

        /** What the server answered, if anything, without waiting for more. */
        void collectAnswer() {
            try {
                readAvailable();
            } catch (IOException closedByTheServer) {
                open = false;
            }
            answer = received.toString();
        }

        private void readAvailable() throws IOException {
            InputStream in = socket.getInputStream();
            int available = in.available();
            if (available > 0) {
                received.append(new String(in.readNBytes(available), StandardCharsets.UTF_8));
            }
        }

        void close() {
            try {
                socket.close();
            } catch (IOException alreadyClosed) {
                // nothing left to release
            }
        }
    }
}
