package siteops.query.live;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import siteops.api.access.Actor;
import siteops.api.refusal.RefusedException;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bounds of the live streams: per user and in all, and a client that does not read. */
class LiveStreamsTest {

    private final LiveStreams streams = new LiveStreams(new LiveSettings(3, 2, 4, Duration.ofMinutes(1),
            Duration.ofMinutes(1)));

    @AfterEach
    void closeAll() {
        streams.destroy();
    }

    @Test
    void aUserHoldsAtMostItsShareAndTheServiceAtMostItsBoundAndAClosedStreamFreesItsPlace() {
        LiveStream first = streams.open(Actor.operator("ann"));
        streams.open(Actor.operator("ann"));
        assertThatThrownBy(() -> streams.open(Actor.operator("ann"))).isInstanceOf(RefusedException.class)
                .hasMessageContaining("holds 2 live streams");
        streams.open(Actor.operator("bob"));
        assertThatThrownBy(() -> streams.open(Actor.operator("cid"))).isInstanceOf(RefusedException.class)
                .hasMessageContaining("as many live streams");

        streams.close(first);
        assertThat(streams.count()).isEqualTo(2);
        streams.open(Actor.operator("ann"));
        assertThat(streams.count()).isEqualTo(3);
    }

    @Test
    void aClientThatDoesNotReadIsClosedOnceItsQueueIsFullAndNeverHoldsTheThreadThatDelivers() throws Exception {
        LiveStream stream = streams.open(Actor.operator("ann"));
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        stream.subscribed(() -> { }, pending -> {
            writing.countDown();
            try {
                never.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            return Optional.<SseEmitter.SseEventBuilder>empty();
        });

        long start = System.nanoTime();
        streams.deliver(stream, "first");
        assertThat(writing.await(5, TimeUnit.SECONDS)).as("the sender is stuck on the first").isTrue();
        for (int i = 0; i < 10; i++) {
            streams.deliver(stream, "more " + i);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("delivering never waits for the client")
                .isLessThan(Duration.ofSeconds(4));
        assertThat(stream.isClosed()).isTrue();
        assertThat(streams.count()).isZero();
        never.countDown();
    }

    @Test
    void aStreamWhoseCallerMayNoLongerSeeItsSiteIsClosed() throws Exception {
        LiveStream stream = streams.open(Actor.operator("ann"));
        stream.subscribed(() -> { }, pending -> {
            throw new LiveStream.AccessEnded("gone");
        });
        streams.deliver(stream, "anything");
        for (int i = 0; i < 100 && !stream.isClosed(); i++) {
            Thread.sleep(20);
        }
        assertThat(stream.isClosed()).isTrue();
        assertThat(streams.count()).isZero();
    }
}
