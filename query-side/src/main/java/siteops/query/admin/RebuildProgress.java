package siteops.query.admin;

import siteops.api.query.Eta;

import java.time.Instant;

/**
 * How far a rebuild's replay has gone, counted in positions of the global order (the events
 * stored, less the rare numbers no transaction committed): from none to the last event stored
 * when its tokens were reset. The estimate of its end assumes the rate so far holds.
 */
record RebuildProgress(double progress, long eventsDone, long eventsTotal, Instant eta) {

    /** Stopping the processors or emptying the read model: nothing replayed yet. */
    static RebuildProgress preparing(long eventsTotal) {
        return new RebuildProgress(0, 0, eventsTotal, null);
    }

    static RebuildProgress replaying(long position, long resetHead, Instant replayingSince, Instant now) {
        long total = Math.max(resetHead, 0);
        long done = Math.min(Math.max(position, 0), total);
        double progress = total == 0 ? 1 : (double) done / total;
        Instant eta = total == 0 ? now : Eta.of(replayingSince, done, total, now);
        return new RebuildProgress(progress, done, total, eta);
    }
}
