package siteops.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 5: the application killed with SIGKILL on the data of the run (every site and its
 * history), then started again on it, as an operator would after a crash: how long until it
 * answers at all, and until it serves reads again (every read answers 503 until the read models
 * have caught up with the event store and the site list is loaded). Each restart checks that the
 * list shows every site. The restarts are not flight-recorded: no profile is taken of them, and the
 * recorder's own start would be counted as the application's.
 */
final class RestartAfterKill {

    private RestartAfterKill() {
    }

    record Run(double secondsToFirstAnswer, double secondsToReads) {
    }

    static List<Run> run(Settings settings, Path dataDir, long sites, int runs) throws Exception {
        List<Run> measured = new ArrayList<>();
        ApplicationUnderTest running = ApplicationUnderTest.startUnrecorded(settings.applicationJar(), dataDir,
                settings.jvmOptions(), settings.applicationArguments());
        for (int run = 1; run <= runs; run++) {
            running.kill();
            running = ApplicationUnderTest.startUnrecorded(settings.applicationJar(), dataDir, settings.jvmOptions(),
                    settings.applicationArguments());
            long listed = running.http().get("/api/sites").expect(200).body().path("totalItems").asLong();
            if (listed != sites) {
                running.close();
                throw new IllegalStateException("after a kill -9 the list shows " + listed + " sites, not " + sites);
            }
            measured.add(new Run(running.secondsToFirstAnswer(), running.secondsToReads()));
        }
        running.close();
        return measured;
    }
}
