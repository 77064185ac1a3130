package siteops.app;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import siteops.app.testing.ApplicationTest;
import siteops.app.testing.EventStream;
import siteops.query.live.LiveStreams;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of live streams whose clients never read, then vanish: they hold no thread each, the
 * other clients are served meanwhile, the bound answers 429, and the streams of the clients that
 * left are closed at the next heartbeat. This class has an application of its own, with a short
 * heartbeat and bounds set for it.
 */
@TestPropertySource(properties = {"siteops.live.heartbeat=PT0.5S", "siteops.live.max-streams=350",
        "siteops.live.max-streams-per-user=400"})
class ManyLiveStreamsTest extends ApplicationTest {

    private static final int SILENT_CLIENTS = 300;
    private static final int MOST_STREAMS = 350;

    @Autowired
    private LiveStreams streams;

    @Test
    void silentAndVanishedClientsHoldNoThreadsTheOthersAreServedAndTheBoundHolds() throws Exception {
        String busy = sites.register("Premium", "2020.3", List.of("A"));
        String watched = sites.register("Premium", "2020.3", List.of("A"));
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        int openBefore = streams.count();

        // One after the other: a stream that held a thread would add one each; opening them all at
        // once would only grow the server's pool for the moment they are being opened.
        List<Socket> silent = new ArrayList<>();
        for (int i = 1; i <= SILENT_CLIENTS; i++) {
            silent.add(openWithoutReading("/api/sites/" + busy + "/stream"));
            int expected = openBefore + i;
            Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(2))
                    .until(() -> streams.count() == expected);
        }
        assertThat(ManagementFactory.getThreadMXBean().getThreadCount() - threadsBefore)
                .as("threads added by %d open streams", SILENT_CLIENTS).isLessThan(30);

        try (EventStream reader = EventStream.open(api, "acme", "/api/sites/" + watched + "/stream", null)) {
            reader.next(Duration.ofSeconds(10));
            for (int round = 0; round < 20; round++) {
                api.post("acme", "/api/sites/" + busy + "/lock", "{\"reason\": \"round " + round + "\"}");
                api.post("acme", "/api/sites/" + busy + "/unlock", "{}");
            }
            api.post("acme", "/api/sites/" + watched + "/lock", "{\"reason\": \"watched\"}");
            EventStream.Event change = reader.next(Duration.ofSeconds(10));
            assertThat(change).as("a reading client is served while %d do not read", SILENT_CLIENTS).isNotNull();
            assertThat(change.data().path("status").asText()).isEqualTo("Locked");

            int room = MOST_STREAMS - streams.count();
            for (int i = 0; i < room; i++) {
                silent.add(openWithoutReading("/api/sites/" + busy + "/stream"));
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> streams.count() == MOST_STREAMS);
            try (Socket refused = new Socket("localhost", port())) {
                request(refused, "/api/sites/" + busy + "/stream");
                String statusLine = new String(refused.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                assertThat(statusLine).isEqualTo("HTTP/1.1 429");
            }
        }

        for (Socket client : silent) {
            client.close();
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> streams.count() <= openBefore);
    }

    private Socket openWithoutReading(String path) throws IOException {
        Socket socket = new Socket("localhost", port());
        socket.setReceiveBufferSize(4096);
        request(socket, path);
        return socket;
    }

    private static void request(Socket socket, String path) throws IOException {
        OutputStream out = socket.getOutputStream();
        String credentials = Base64.getEncoder().encodeToString("acme:acme".getBytes(StandardCharsets.UTF_8));
        out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n"
                + "Authorization: Basic " + credentials + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
