package siteops.query.live;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One client's stream: what waits to be sent to it, in a bounded queue filled by the subscription's
 * updates (never blocking the thread that emits them) and emptied by a sender; and what it sent
 * last, so that nothing older is sent again.
 */
final class LiveStream {

    /** Turns what waits into the event to send; empty: nothing to send (nothing newer). */
    interface Renderer {

        Optional<SseEmitter.SseEventBuilder> render(Object pending) throws AccessEnded;
    }

    /** The caller may no longer see what the stream is about: it ends. */
    static final class AccessEnded extends Exception {

        AccessEnded(String message) {
            super(message, null, false, false);
        }
    }

    static final Object HEARTBEAT = new Object();

    private final String user;
    private final SseEmitter emitter;
    private final ArrayBlockingQueue<Object> pending;
    private final AtomicBoolean sending = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Renderer renderer;
    private volatile AutoCloseable subscription;

    LiveStream(String user, SseEmitter emitter, int capacity) {
        this.user = user;
        this.emitter = emitter;
        this.pending = new ArrayBlockingQueue<>(capacity);
    }

    String user() {
        return user;
    }

    SseEmitter emitter() {
        return emitter;
    }

    void subscribed(AutoCloseable subscription, Renderer renderer) {
        this.subscription = subscription;
        this.renderer = renderer;
    }

    /** False when the queue is full: the client does not read what it is sent. */
    boolean offer(Object item) {
        return !closed.get() && pending.offer(item);
    }

    /** Whether this caller is the one to send now (one sender at a time per stream). */
    boolean startSending() {
        return !closed.get() && sending.compareAndSet(false, true);
    }

    /** Sends what waits, in order; answers whether more came meanwhile. */
    boolean sendPending() throws IOException, AccessEnded {
        try {
            for (Object item = pending.poll(); item != null && !closed.get(); item = pending.poll()) {
                if (item == HEARTBEAT) {
                    emitter.send(SseEmitter.event().comment("heartbeat"));
                } else {
                    Optional<SseEmitter.SseEventBuilder> event = renderer.render(item);
                    if (event.isPresent()) {
                        emitter.send(event.get());
                    }
                }
            }
        } finally {
            sending.set(false);
        }
        return !pending.isEmpty() && !closed.get();
    }

    /** Once: stops the subscription and ends the response. */
    boolean close() {
        if (!closed.compareAndSet(false, true)) {
            return false;
        }
        pending.clear();
        AutoCloseable current = subscription;
        if (current != null) {
            try {
                current.close();
            } catch (Exception ignored) {
                // the subscription is gone either way
            }
        }
        try {
            emitter.complete();
        } catch (RuntimeException alreadyOver) {
            // the response is ending already on the container's side (its client left): nothing more to end
        }
        return true;
    }

    boolean isClosed() {
        return closed.get();
    }
}
