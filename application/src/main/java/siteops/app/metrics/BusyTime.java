package siteops.app.metrics;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The time spent busy in the last minute, summed per second: sixty sums, however many durations
 * are added. A second's sum is set aside as soon as the second is more than a minute old.
 */
final class BusyTime {

    static final int WINDOW_SECONDS = 60;
    private static final long NANOS_PER_SECOND = TimeUnit.SECONDS.toNanos(1);
    private static final long NO_SECOND = Long.MIN_VALUE;

    private final LongSupplier monotonicNanos;
    private final long[] secondOfSlot = new long[WINDOW_SECONDS];
    private final long[] busyNanosOfSlot = new long[WINDOW_SECONDS];

    BusyTime(LongSupplier monotonicNanos) {
        this.monotonicNanos = monotonicNanos;
        Arrays.fill(secondOfSlot, NO_SECOND);
    }

    long now() {
        return monotonicNanos.getAsLong();
    }

    /** A duration that ends now, counted in the second it ends in. */
    synchronized void addEndingNow(long startNanos) {
        long end = now();
        long second = Math.floorDiv(end, NANOS_PER_SECOND);
        int slot = Math.floorMod(second, WINDOW_SECONDS);
        if (secondOfSlot[slot] != second) {
            secondOfSlot[slot] = second;
            busyNanosOfSlot[slot] = 0;
        }
        busyNanosOfSlot[slot] += end - startNanos;
    }

    /** The busy time of the last minute, over a minute: 1 is one thread busy all along. */
    synchronized double shareOfTheLastMinute() {
        long current = Math.floorDiv(now(), NANOS_PER_SECOND);
        long busy = 0;
        for (int slot = 0; slot < WINDOW_SECONDS; slot++) {
            if (secondOfSlot[slot] > current - WINDOW_SECONDS && secondOfSlot[slot] <= current) {
                busy += busyNanosOfSlot[slot];
            }
        }
        return busy / (double) (WINDOW_SECONDS * NANOS_PER_SECOND);
    }
}
