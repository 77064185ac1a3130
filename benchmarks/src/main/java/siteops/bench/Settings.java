package siteops.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The sizes of a run. Defaults finish in under ten minutes on a 2-core machine; {@code --large}
 * measures bigger waves and one more tier of sites.
 */
record Settings(
        int waveSites,
        int companiesPerWaveSite,
        int waves,
        List<Integer> queryTiers,
        int companiesPerTierSite,
        int requestsPerQuery,
        int rebuilds,
        int clients,
        Path repository,
        boolean large,
        List<String> applicationArguments,
        List<String> jvmOptions,
        Set<String> scenarios,
        FleetShape fleet,
        long exportEvents) {

    static final Set<String> ALL_SCENARIOS = Set.of("wave", "queries", "memory", "rebuild", "restart", "separate",
            "production", "export");

    static Settings parse(String[] args) {
        boolean large = Arrays.asList(args).contains("--large");
        int waveSites = large ? 5_000 : 1_000;
        List<Integer> tiers = large ? List.of(1_000, 10_000, 100_000, 300_000) : List.of(1_000, 10_000, 100_000);
        int runs = 3;
        Path repository = Path.of(".").toAbsolutePath().normalize();
        List<String> applicationArguments = new ArrayList<>();
        List<String> jvmOptions = new ArrayList<>();
        Set<String> scenarios = ALL_SCENARIOS;
        int partners = 100;
        int clientsPerPartner = 4;
        int nameLength = 0;
        int historyPerSite = 0;
        long exportEvents = 1_000_000;
        for (String arg : args) {
            if (arg.startsWith("--wave-sites=")) {
                waveSites = Integer.parseInt(arg.substring("--wave-sites=".length()));
            } else if (arg.startsWith("--tiers=")) {
                tiers = Arrays.stream(arg.substring("--tiers=".length()).split(",")).map(Integer::parseInt).toList();
            } else if (arg.startsWith("--runs=")) {
                runs = Integer.parseInt(arg.substring("--runs=".length()));
            } else if (arg.startsWith("--repository=")) {
                repository = Path.of(arg.substring("--repository=".length())).toAbsolutePath().normalize();
            } else if (arg.startsWith("--scenarios=")) {
                scenarios = Set.of(arg.substring("--scenarios=".length()).split(","));
            } else if (arg.startsWith("--jvm-option=")) {
                jvmOptions.add(arg.substring("--jvm-option=".length()));
            } else if (arg.startsWith("--application-argument=")) {
                applicationArguments.add(arg.substring("--application-argument=".length()));
            } else if (arg.startsWith("--partners=")) {
                partners = Integer.parseInt(arg.substring("--partners=".length()));
            } else if (arg.startsWith("--clients-per-partner=")) {
                clientsPerPartner = Integer.parseInt(arg.substring("--clients-per-partner=".length()));
            } else if (arg.startsWith("--name-length=")) {
                nameLength = Integer.parseInt(arg.substring("--name-length=".length()));
            } else if (arg.startsWith("--history-per-site=")) {
                historyPerSite = Integer.parseInt(arg.substring("--history-per-site=".length()));
            } else if (arg.startsWith("--export-events=")) {
                exportEvents = Long.parseLong(arg.substring("--export-events=".length()));
            } else if (!arg.equals("--large")) {
                throw new IllegalArgumentException("unknown option " + arg + "; options: --large, --wave-sites=N, "
                        + "--tiers=N,N,..., --runs=N, --repository=DIR, --application-argument=--name=value, --jvm-option=-X..., --scenarios=wave,queries,memory,rebuild,restart,separate,production,export, --partners=N, "
                        + "--clients-per-partner=N, --name-length=N (up to 100), --history-per-site=N, --export-events=N");
            }
        }
        return new Settings(waveSites, 10, runs, tiers, 5, 2_000, runs, 16, repository, large,
                List.copyOf(applicationArguments), List.copyOf(jvmOptions), scenarios,
                new FleetShape(partners, clientsPerPartner, nameLength, historyPerSite), exportEvents);
    }

    /** The jar as the README's start command runs it: extracted by the build, beside its class data sharing archive. */
    Path applicationJar() {
        return repository.resolve("application/target/siteops/siteops.jar");
    }

    String describe() {
        return (large ? "large" : "default") + ": a wave of " + waveSites + " sites of " + companiesPerWaveSite
                + " companies, " + waves + " waves; query tiers " + queryTiers + " (sites of " + companiesPerTierSite
                + " companies), up to " + requestsPerQuery + " requests or 10 s per query and tier; " + rebuilds
                + " rebuilds; "
                + clients + " concurrent clients; " + fleet.describe() + String.format("; an audit log of %,d events"
                + " exported", exportEvents);
    }
}
