package siteops.app.metrics;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * The time spent busy in the last ten minutes (Axon's window for a processor's capacity), summed
 * per ten seconds: sixty sums, however many durations are added. A slot's sum is set aside as
 * soon as its ten seconds are out of the window.
 */
final class BusyTime {

    static final Duration WINDOW = Duration.ofMinutes(10);
    private static final int SLOTS = 60;
    private static final long SLOT_NANOS = WINDOW.toNanos() / SLOTS;
    private static final long NO_SLOT = Long.MIN_VALUE;

    private final LongSupplier monotonicNanos;
    private final long[] periodOfSlot = new long[SLOTS];
    private final long[] busyNanosOfSlot = new long[SLOTS];

    BusyTime(LongSupplier monotonicNanos) {
        this.monotonicNanos = monotonicNanos;
        Arrays.fill(periodOfSlot, NO_SLOT);
    }

    long now() {
        return monotonicNanos.getAsLong();
    }

    /** A duration that ends now, counted in the ten seconds it ends in. */
    synchronized void addEndingNow(long startNanos) {
        long end = now();
        long period = Math.floorDiv(end, SLOT_NANOS);
        int slot = (int) Math.floorMod(period, SLOTS);
        if (periodOfSlot[slot] != period) {
            periodOfSlot[slot] = period;
            busyNanosOfSlot[slot] = 0;
        }
        busyNanosOfSlot[slot] += end - startNanos;
    }

    /** The busy time of the window, over the window: 1 is one thread busy all along. */
    synchronized double shareOfTheWindow() {
        long current = Math.floorDiv(now(), SLOT_NANOS);
        long busy = 0;
        for (int slot = 0; slot < SLOTS; slot++) {
            if (periodOfSlot[slot] > current - SLOTS && periodOfSlot[slot] <= current) {
                busy += busyNanosOfSlot[slot];
            }
        }
        return busy / (double) WINDOW.toNanos();
    }
}
