package siteops.query.admin;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RebuildProgressTest {

    private static final Instant SINCE = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aQuarterReplayedInTenSecondsEndsThirtySecondsLater() {
        RebuildProgress progress = RebuildProgress.replaying(250, 1_000, SINCE, SINCE.plusSeconds(10));

        assertThat(progress.progress()).isEqualTo(0.25);
        assertThat(progress.eventsDone()).isEqualTo(250);
        assertThat(progress.eventsTotal()).isEqualTo(1_000);
        assertThat(progress.eta()).isEqualTo(SINCE.plusSeconds(40));
    }

    @Test
    void nothingReplayedYetHasNoEstimateAndEverythingReplayedEndsNow() {
        assertThat(RebuildProgress.replaying(0, 1_000, SINCE, SINCE.plusSeconds(1)).eta()).isNull();
        RebuildProgress done = RebuildProgress.replaying(1_200, 1_000, SINCE, SINCE.plusSeconds(3));
        assertThat(done.progress()).isEqualTo(1.0);
        assertThat(done.eventsDone()).isEqualTo(1_000);
        assertThat(done.eta()).isEqualTo(SINCE.plusSeconds(3));
        assertThat(RebuildProgress.replaying(0, -1, SINCE, SINCE).progress()).as("an empty store").isEqualTo(1.0);
        assertThat(RebuildProgress.preparing(500).progress()).isZero();
    }
}
