package siteops.app.metrics;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BusyTimeTest {

    private final AtomicLong nanos = new AtomicLong(TimeUnit.DAYS.toNanos(3) + 4_000_000_000L);
    private final BusyTime busyTime = new BusyTime(nanos::get);

    @Test
    void theDurationsOfTheLastTenMinutesOverTenMinutes() {
        busy(150);
        idle(100);
        busy(150);

        assertThat(busyTime.shareOfTheWindow()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aDurationLeavesTheWindowOnceItsTenSecondsAreOutOfIt() {
        busy(60);
        idle(590);
        assertThat(busyTime.shareOfTheWindow()).isCloseTo(0.1, within(1e-9));

        idle(10);
        assertThat(busyTime.shareOfTheWindow()).isZero();
    }

    @Test
    void aSlotUsedAgainTenMinutesLaterStartsFromNothing() {
        busy(20);
        idle(590);
        busy(10);

        assertThat(busyTime.shareOfTheWindow()).isCloseTo(10 / 600.0, within(1e-9));
    }

    @Test
    void threadsBusyTogetherAddUp() {
        long start = busyTime.now();
        idle(300);
        busyTime.addEndingNow(start);
        busyTime.addEndingNow(start);

        assertThat(busyTime.shareOfTheWindow()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void nothingDoneIsNoCapacityUsed() {
        idle(6000);

        assertThat(busyTime.shareOfTheWindow()).isZero();
    }

    private void busy(int seconds) {
        long start = busyTime.now();
        idle(seconds);
        busyTime.addEndingNow(start);
    }

    private void idle(int seconds) {
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }
}
