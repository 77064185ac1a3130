package siteops.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything a run measured, as written to BENCHMARKS.json. */
final class Results {

    public String command;
    public String startedAt;
    public Machine machine;
    public String sizes;
    public final List<UpdateWave.Result> waves = new ArrayList<>();
    public final List<Double> rawAppendEventsPerSecond = new ArrayList<>();
    public final List<ProjectionRebuild.Result> rebuilds = new ArrayList<>();
    public final List<Double> rawInsertDocumentsPerSecond = new ArrayList<>();
    public final Map<Integer, Map<String, QueryFigures>> queries = new LinkedHashMap<>();
    public final Map<Integer, Double> registrationsPerSecond = new LinkedHashMap<>();
    public ApplicationUnderTest.Memory memory;
    /** The same fleet with the read models in a separate MongoDB and the heap capped: the production topology. */
    public ApplicationUnderTest.Memory memoryWithSeparateReadModels;
    public String separateReadModelsHeap;
    public final List<Profile.Window> profiledPhases = new ArrayList<>();
    public final List<Profile> profiles = new ArrayList<>();
    public int memorySites;
    public long sitesAtTheEnd;
    public int memorySitesWithSeparateReadModels;
    public final List<RestartAfterKill.Run> restarts = new ArrayList<>();
    public final Map<Integer, Map<String, QueryFigures>> queriesWithSeparateReadModels = new LinkedHashMap<>();
    public long eventsInStore;
    public double totalSeconds;
    /** Scenario 7, the audit log's export; null when not run. */
    public LogExport.Result export;
    /** Scenario 6, the production path; null when not run. */
    public Production production;

    /** The events in PostgreSQL, the read models in their own server: one process, then two. */
    static final class Production {
        public final List<UpdateWave.Result> oneProcess = new ArrayList<>();
        public final List<UpdateWave.Result> twoProcesses = new ArrayList<>();
        public final List<Double> rawAppendEventsPerSecond = new ArrayList<>();
        public final List<ProjectionRebuild.Result> rebuilds = new ArrayList<>();
        public final List<Double> rawInsertDocumentsPerSecond = new ArrayList<>();
    }

    record QueryFigures(double p50Millis, double p99Millis, double requestsPerSecond) {

        static QueryFigures of(Load.Result result) {
            return new QueryFigures(result.p50Millis(), result.p99Millis(), result.perSecond());
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
