package siteops.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import siteops.bench.Results.QueryFigures;

/**
 * Runs every benchmark scenario against the packaged application and writes BENCHMARKS.md,
 * BENCHMARKS.json and the wave's chart at the repository's root.
 */
public final class Benchmarks {

    static final String COMMAND = "mvn -B -DskipTests package && java -jar benchmarks/target/siteops-benchmarks.jar";
    private static final String CHART = "BENCHMARKS-update-wave.png";
    /** The heap an operator would give the application when its read models live in their own MongoDB. */
    static final String PRODUCTION_HEAP = "-Xmx1g";

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        // The application closes a kept-alive connection after 5 s without a request: the clients drop
        // theirs after 3 s, rather than send a request into one the server is closing.
        System.setProperty("jdk.httpclient.keepalive.timeout", "3");
        Settings settings = Settings.parse(args);
        Results results = new Results();
        results.command = COMMAND + (args.length == 0 ? "" : " " + String.join(" ", args));
        results.startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        results.machine = Machine.current();
        results.sizes = settings.describe();
        long start = System.nanoTime();
        Path dataDir = settings.repository().resolve("benchmarks/target/run-" + System.currentTimeMillis());
        log("sizes " + settings.describe() + "; data in " + dataDir);

        String eventStoreUrl;
        Path recording;
        try (ApplicationUnderTest application = ApplicationUnderTest.start(settings.applicationJar(), dataDir,
                settings.jvmOptions(), settings.applicationArguments());
             MongoClient mongo = MongoClients.create(application.mongoUri())) {
            eventStoreUrl = application.eventStoreUrl();
            recording = application.recording();
            MongoDatabase readModelDatabase = mongo.getDatabase("siteops");
            measureWithTheApplication(settings, application, readModelDatabase, results);
        }
        results.profiles.addAll(Profile.of(recording, results.profiledPhases));
        if (settings.scenarios().contains("restart")) {
            results.restarts.addAll(RestartAfterKill.run(settings, dataDir, results.sitesAtTheEnd, settings.rebuilds()));
            results.restarts.forEach(run -> log(String.format("restart after kill -9 at %,d sites: first answer after "
                    + "%.1f s, reads after %.1f s", results.sitesAtTheEnd, run.secondsToFirstAnswer(),
                    run.secondsToReads())));
        }
        if (settings.scenarios().contains("export")) {
            results.export = LogExport.run(settings, settings.repository()
                    .resolve("benchmarks/target/run-" + System.currentTimeMillis() + "-export"));
            log(String.format("export of %,d events: %.1f s, %,.0f events/s; heap after GC %,d MiB before, %,d MiB "
                            + "after, at most %,d MiB in use while streaming", results.export.lines(),
                    results.export.seconds(), results.export.eventsPerSecond(),
                    results.export.heapAfterGcBeforeBytes() >> 20, results.export.heapAfterGcAfterBytes() >> 20,
                    results.export.mostHeapInUseBytes() >> 20));
        }
        int waveEvents = results.waves.isEmpty() ? 0 : (int) results.waves.get(0).events();
        if (waveEvents > 0) {
            new RawAppend(eventStoreUrl).run(waveEvents);
        }
        for (int run = 1; waveEvents > 0 && run <= settings.waves(); run++) {
            double rate = new RawAppend(eventStoreUrl).run(waveEvents);
            results.rawAppendEventsPerSecond.add(rate);
            log(String.format("raw append %d: %,.0f events/s", run, rate));
        }
        if (settings.scenarios().contains("separate")) {
            measureWithSeparateReadModels(settings, results);
        }
        if (settings.scenarios().contains("production")) {
            results.production = ProductionPath.run(settings, settings.repository()
                    .resolve("benchmarks/target/run-" + System.currentTimeMillis() + "-postgresql"));
        }
        results.totalSeconds = (System.nanoTime() - start) / 1e9;
        writeReport(settings, results);
        log(String.format("done in %.0f s", results.totalSeconds));
    }

    private static void measureWithTheApplication(Settings settings, ApplicationUnderTest application,
                                                  MongoDatabase readModelDatabase, Results results) throws Exception {
        Http http = application.http();
        ReadModels readModels = new ReadModels(http);
        Fleet fleet = new Fleet(http, settings.fleet());
        fleet.publish(Fleet.BASE_VERSION, "2020-10-05");

        double registrations = fleet.growTo(settings.waveSites(), settings.companiesPerWaveSite(), readModels);
        results.registrationsPerSecond.put(settings.waveSites(), registrations);
        log(String.format("%,d sites registered (%.0f/s)", settings.waveSites(), registrations));

        UpdateWave wave = new UpdateWave(http, readModels, readModelDatabase.getCollection("sites"), settings.clients());
        Instant wavesStart = Instant.now();
        for (int run = 1; settings.scenarios().contains("wave") && run <= settings.waves(); run++) {
            String target = "2021." + run;
            fleet.publish(target, "2021-0" + run + "-01");
            UpdateWave.Result result = wave.run(fleet.siteIds(), target);
            results.waves.add(result);
            log(String.format("wave %d: %,d events in %.2f s, %,.0f events/s, requests p50 %.1f ms p99 %.1f ms",
                    run, result.events(), result.secondsToAllReady(), result.eventsPerSecond(),
                    result.requestP50Millis(), result.requestP99Millis()));
            readModels.awaitCaughtUp(Duration.ofMinutes(5));
        }
        if (!results.waves.isEmpty()) {
            results.profiledPhases.add(new Profile.Window("update waves", wavesStart, Instant.now()));
        }

        QueryLatency queries = new QueryLatency(http, settings.clients(), settings.requestsPerQuery(), settings.fleet());
        for (int tier : settings.queryTiers()) {
            if (tier > fleet.siteIds().size()) {
                double growth = fleet.growTo(tier, settings.companiesPerTierSite(), readModels);
                results.registrationsPerSecond.put(tier, growth);
                log(String.format("%,d sites registered (%.0f/s)", tier, growth));
            }
            if (!settings.scenarios().contains("queries")) {
                continue;
            }
            Instant queriesStart = Instant.now();
            Map<String, Load.Result> figures = queries.run(fleet.siteIds());
            if (tier == settings.queryTiers().get(settings.queryTiers().size() - 1)) {
                results.profiledPhases.add(new Profile.Window(String.format("queries at %,d sites", tier),
                        queriesStart, Instant.now()));
            }
            results.queries.put(tier, new LinkedHashMap<>());
            figures.forEach((name, result) -> {
                results.queries.get(tier).put(name, Results.QueryFigures.of(result));
                log(String.format("%,d sites, %s: p50 %.1f ms, p99 %.1f ms", tier, name, result.p50Millis(),
                        result.p99Millis()));
            });
        }

        if (settings.scenarios().contains("memory")) {
            results.memorySites = fleet.siteIds().size();
            results.memory = application.memory();
            log(String.format("memory at %,d sites: RSS %,d MiB, heap after GC %,d MiB", results.memorySites,
                    results.memory.residentBytes() >> 20, results.memory.heapAfterGcBytes() >> 20));
        }

        results.eventsInStore = readModels.head();
        results.sitesAtTheEnd = fleet.siteIds().size();
        Document historyEntry = readModelDatabase.getCollection("site_history").find().first();
        RawBulkInsert rawInsert = new RawBulkInsert(readModelDatabase);
        ProjectionRebuild rebuild = new ProjectionRebuild(readModels);
        for (int run = 1; settings.scenarios().contains("rebuild") && run <= settings.rebuilds(); run++) {
            double rate = rawInsert.run(results.eventsInStore, historyEntry);
            results.rawInsertDocumentsPerSecond.add(rate);
            log(String.format("raw insertMany %d: %,.0f docs/s", run, rate));
            Instant rebuildStart = Instant.now();
            ProjectionRebuild.Result result = rebuild.run();
            if (run == settings.rebuilds()) {
                results.profiledPhases.add(new Profile.Window("projection rebuild (last run)", rebuildStart,
                        Instant.now()));
            }
            results.rebuilds.add(result);
            log(String.format("rebuild %d: %,d events in %.1f s, %,.0f events/s %s", run, result.events(),
                    result.seconds(), result.eventsPerSecond(), result.secondsPerReadModel()));
        }
    }

    /**
     * The fleet of the query tiers again, on a fresh application whose read models live in a
     * MongoDB-compatible server outside its process, as in production, with the heap an operator
     * would set: the same queries at each tier, then the memory.
     */
    private static void measureWithSeparateReadModels(Settings settings, Results results) throws Exception {
        Path dataDir = settings.repository().resolve("benchmarks/target/run-" + System.currentTimeMillis()
                + "-separate-read-models");
        List<String> jvmOptions = new ArrayList<>(settings.jvmOptions());
        jvmOptions.add(PRODUCTION_HEAP);
        try (SeparateReadModelStore readModelStore = SeparateReadModelStore.start()) {
            List<String> arguments = new ArrayList<>(settings.applicationArguments());
            arguments.add("--siteops.mongodb.uri=" + readModelStore.uri());
            try (ApplicationUnderTest application = ApplicationUnderTest.start(settings.applicationJar(), dataDir,
                    jvmOptions, arguments)) {
                Http http = application.http();
                ReadModels readModels = new ReadModels(http);
                Fleet fleet = new Fleet(http, settings.fleet());
                fleet.publish(Fleet.BASE_VERSION, "2020-10-05");
                QueryLatency queries = new QueryLatency(http, settings.clients(), settings.requestsPerQuery(),
                        settings.fleet());
                for (int tier : settings.queryTiers()) {
                    fleet.growTo(tier, settings.companiesPerTierSite(), readModels);
                    if (settings.scenarios().contains("queries")) {
                        Map<String, QueryFigures> figures = new LinkedHashMap<>();
                        queries.run(fleet.siteIds()).forEach((name, result) -> {
                            figures.put(name, QueryFigures.of(result));
                            log(String.format("%,d sites, read models in a separate MongoDB, %s: p50 %.1f ms, "
                                    + "p99 %.1f ms", tier, name, result.p50Millis(), result.p99Millis()));
                        });
                        results.queriesWithSeparateReadModels.put(tier, figures);
                    }
                }
                results.memorySitesWithSeparateReadModels = fleet.siteIds().size();
                results.memoryWithSeparateReadModels = application.memory();
                results.separateReadModelsHeap = PRODUCTION_HEAP;
            }
        }
        log(String.format("memory at %,d sites, read models in a separate MongoDB, %s: RSS %,d MiB, heap after GC %,d MiB",
                results.memorySitesWithSeparateReadModels, PRODUCTION_HEAP,
                results.memoryWithSeparateReadModels.residentBytes() >> 20,
                results.memoryWithSeparateReadModels.heapAfterGcBytes() >> 20));
    }

    private static void writeReport(Settings settings, Results results) throws Exception {
        Path root = settings.repository();
        if (!results.waves.isEmpty()) {
            List<UpdateWave.Result> byRate = results.waves.stream()
                    .sorted(Comparator.comparingDouble(UpdateWave.Result::eventsPerSecond)).toList();
            WaveChart.write(byRate.get(byRate.size() / 2), settings.waveSites(), root.resolve(CHART));
        }
        Path analysis = root.resolve("benchmarks/analysis.md");
        String writtenAnalysis = Files.exists(analysis) ? Files.readString(analysis) : "";
        Report.write(root.resolve("BENCHMARKS.md"), new Report(results).markdown(CHART, writtenAnalysis));
        new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .writeValue(root.resolve("BENCHMARKS.json").toFile(), results);
    }

    static void log(String line) {
        System.out.println("[" + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + line);
    }
}
