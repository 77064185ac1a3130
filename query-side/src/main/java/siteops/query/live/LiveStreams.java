package siteops.query.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import siteops.api.access.Actor;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every live stream this process holds, within bounds: at most {@code maxStreams} in all and
 * {@code maxStreamsPerUser} per user (429 past them); each holds no thread while it waits (the
 * response is asynchronous), and a few senders shared by all write what waits. A client that does
 * not read what it is sent fills its stream's queue, and the stream is closed: it holds at most
 * {@code pendingEvents} events, never the senders or the emitting threads. A heartbeat comment every
 * {@code heartbeat} keeps proxies from closing a quiet stream, and finds the clients that left.
 */
@Component
public class LiveStreams implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);
    private static final int SENDERS = 4;

    private final LiveSettings settings;
    private final Set<LiveStream> streams = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> perUser = new ConcurrentHashMap<>();
    private final ExecutorService senders = Executors.newFixedThreadPool(SENDERS, named("live-stream-sender"));
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            named("live-stream-heartbeat"));

    public LiveStreams(LiveSettings settings) {
        this.settings = settings;
        long every = settings.heartbeat().toMillis();
        heartbeats.scheduleWithFixedDelay(this::heartbeat, every, every, TimeUnit.MILLISECONDS);
    }

    /** A new stream for the caller, or 429 TOO_MANY_REQUESTS past the bounds. */
    LiveStream open(Actor caller) {
        if (streams.size() >= settings.maxStreams()) {
            throw new RefusedException(RefusalCode.TOO_MANY_REQUESTS, "the service holds as many live streams as it"
                    + " serves; ask again shortly");
        }
        perUser.compute(caller.userId(), (user, held) -> {
            int streamsHeld = held == null ? 0 : held;
            if (streamsHeld >= settings.maxStreamsPerUser()) {
                throw new RefusedException(RefusalCode.TOO_MANY_REQUESTS, "this user holds " + streamsHeld
                        + " live streams already; close one, or ask again shortly");
            }
            return streamsHeld + 1;
        });
        LiveStream stream = new LiveStream(caller.userId(),
                new SseEmitter(settings.streamLifetime().toMillis()), settings.pendingEvents());
        streams.add(stream);
        stream.emitter().onCompletion(() -> close(stream));
        stream.emitter().onTimeout(() -> close(stream));
        stream.emitter().onError(failure -> close(stream));
        return stream;
    }

    /** Queues {@code item} for the stream, and a sender if none is at work on it; closes a stream that does not keep up. */
    void deliver(LiveStream stream, Object item) {
        if (stream.isClosed()) {
            return;
        }
        if (!stream.offer(item)) {
            log.debug("A live stream of {} is closed: its client does not read what it is sent", stream.user());
            close(stream);
            return;
        }
        if (stream.startSending()) {
            senders.execute(() -> send(stream));
        }
    }

    void close(LiveStream stream) {
        if (stream.close()) {
            streams.remove(stream);
            perUser.computeIfPresent(stream.user(), (user, held) -> held <= 1 ? null : held - 1);
        }
    }

    /** How many streams are open now. */
    public int count() {
        return streams.size();
    }

    private void send(LiveStream stream) {
        try {
            if (stream.sendPending() && stream.startSending()) {
                senders.execute(() -> send(stream));
            }
        } catch (IOException | IllegalStateException gone) {
            close(stream);
        } catch (LiveStream.AccessEnded ended) {
            close(stream);
        } catch (RuntimeException e) {
            log.warn("A live stream of {} failed and is closed", stream.user(), e);
            close(stream);
        }
    }

    private void heartbeat() {
        streams.forEach(stream -> deliver(stream, LiveStream.HEARTBEAT));
    }

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
        streams.forEach(this::close);
        senders.shutdownNow();
    }

    private static ThreadFactory named(String name) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
