package siteops.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A client of a server-sent events stream, as a browser's EventSource reads one: each event's
 * {@code event}, {@code id} and {@code data} lines, the data read as JSON; comments counted.
 */
public final class EventStream implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    public record Event(String name, String id, JsonNode data) {
    }

    private final HttpResponse<InputStream> response;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;
    private volatile int comments;

    private EventStream(HttpResponse<InputStream> response) {
        this.response = response;
        this.reader = new Thread(this::read, "event-stream-reader");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Opens the stream; its answer's status is {@link #status()} (its body is read only on a 200). */
    public static EventStream open(Api api, String user, String path, String lastEventId) {
        HttpRequest.Builder request = api.request(user, path).header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            return new EventStream(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /** The next event, or null if none comes within {@code wait}. */
    public Event next(Duration wait) throws InterruptedException {
        return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Every event until one matches, which is the last of the list; fails if none comes within {@code wait}. */
    public List<Event> until(Predicate<Event> last, Duration wait) throws InterruptedException {
        List<Event> seen = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            Event event = events.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
            if (event != null) {
                seen.add(event);
                if (last.test(event)) {
                    return seen;
                }
            }
        }
        throw new AssertionError("no such event within " + wait + "; seen: " + seen);
    }

    public int comments() {
        return comments;
    }

    private void read() {
        if (response.statusCode() != 200) {
            return;
        }
        try (InputStream body = response.body()) {
            StringBuilder line = new StringBuilder();
            String name = null;
            String id = null;
            StringBuilder data = new StringBuilder();
            for (int c = body.read(); c >= 0; c = body.read()) {
                if (c != '\n') {
                    line.append((char) c);
                    continue;
                }
                String text = new String(line.toString().getBytes(StandardCharsets.ISO_8859_1),
                        StandardCharsets.UTF_8);
                line.setLength(0);
                if (text.isEmpty()) {
                    if (data.length() > 0) {
                        events.add(new Event(name, id, JSON.readTree(data.toString())));
                    }
                    name = null;
                    id = null;
                    data.setLength(0);
                } else if (text.startsWith(":")) {
                    comments++;
                } else if (text.startsWith("event:")) {
                    name = text.substring(6).trim();
                } else if (text.startsWith("id:")) {
                    id = text.substring(3).trim();
                } else if (text.startsWith("data:")) {
                    data.append(text.substring(5).trim());
                }
            }
        } catch (IOException closed) {
            // the stream ended: the events read so far stay
        }
    }

    @Override
    public void close() {
        reader.interrupt();
        try {
            response.body().close();
        } catch (IOException ignored) {
            // closing what is already closed
        }
    }
}
