package siteops.app.metrics;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BusyTimeTest {

    private final AtomicLong nanos = new AtomicLong(TimeUnit.DAYS.toNanos(3) + 400_000_000);
    private final BusyTime busyTime = new BusyTime(nanos::get);

    @Test
    void theDurationsOfTheLastMinuteOverAMinute() {
        busy(15);
        idle(10);
        busy(15);

        assertThat(busyTime.shareOfTheLastMinute()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aDurationLeavesTheWindowOnceItsSecondIsAMinuteOld() {
        busy(6);
        idle(59);
        assertThat(busyTime.shareOfTheLastMinute()).isCloseTo(0.1, within(1e-9));

        idle(1);
        assertThat(busyTime.shareOfTheLastMinute()).isZero();
    }

    @Test
    void aSecondUsedAgainAMinuteLaterStartsFromNothing() {
        busy(2);
        idle(59);
        busy(1);

        assertThat(busyTime.shareOfTheLastMinute()).isCloseTo(1 / 60.0, within(1e-9));
    }

    @Test
    void threadsBusyTogetherAddUp() {
        long start = busyTime.now();
        idle(30);
        busyTime.addEndingNow(start);
        busyTime.addEndingNow(start);

        assertThat(busyTime.shareOfTheLastMinute()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void nothingDoneIsNoCapacityUsed() {
        idle(600);

        assertThat(busyTime.shareOfTheLastMinute()).isZero();
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
