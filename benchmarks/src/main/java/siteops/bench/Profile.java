package siteops.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where the application's CPU went during one phase of the run, from the flight recording the
 * application writes (JFR's default settings: a Java stack sampled every 20 ms, CPU load every
 * second). A sample is charged to the first frame that is not the JDK's, so that the JDK's work
 * (hashing, copying, I/O) counts for the library that asked for it.
 */
record Profile(String phase, int samples, double applicationCpu, double machineCpu,
               Map<String, Double> shareByLibrary, Map<String, Double> shareByThreads,
               Map<String, Double> shareByMethod) {

    private static final int TOP = 12;
    private static final Map<String, String> LIBRARIES = libraries();

    record Window(String phase, Instant start, Instant end) {

        boolean contains(Instant instant) {
            return !instant.isBefore(start) && !instant.isAfter(end);
        }
    }

    /** One profile per window, from one pass over the recording. */
    static List<Profile> of(Path recording, List<Window> windows) throws IOException {
        List<PhaseSamples> phases = windows.stream().map(PhaseSamples::new).toList();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                if (!type.equals("jdk.CPULoad") && !type.equals("jdk.ExecutionSample")) {
                    continue;
                }
                for (PhaseSamples phase : phases) {
                    if (phase.window.contains(event.getStartTime())) {
                        phase.add(event);
                    }
                }
            }
        }
        return phases.stream().map(PhaseSamples::profile).toList();
    }

    private static final class PhaseSamples {

        private final Window window;
        private final List<StackSample> samples = new ArrayList<>();
        private double applicationCpu;
        private double machineCpu;
        private int cpuReadings;

        PhaseSamples(Window window) {
            this.window = window;
        }

        void add(RecordedEvent event) {
            if (event.getEventType().getName().equals("jdk.CPULoad")) {
                applicationCpu += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                machineCpu += event.getFloat("machineTotal");
                cpuReadings++;
            } else {
                samples.add(StackSample.of(event));
            }
        }

        Profile profile() {
            return new Profile(window.phase(), samples.size(), applicationCpu / cpuReadings, machineCpu / cpuReadings,
                    shares(samples, StackSample::library), shares(samples, StackSample::threads),
                    shares(samples, StackSample::method));
        }
    }

    private static Map<String, Double> shares(List<StackSample> samples, Function<StackSample, String> key) {
        Map<String, Long> counts = samples.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP)
                .forEach(entry -> shares.put(entry.getKey(), entry.getValue() / (double) samples.size()));
        return shares;
    }

    private record StackSample(String threads, String method, String library) {

        static StackSample of(RecordedEvent event) {
            String thread = event.getThread("sampledThread") == null ? "?"
                    : event.getThread("sampledThread").getJavaName();
            RecordedFrame frame = chargedFrame(event.getStackTrace());
            String type = frame == null ? "?" : frame.getMethod().getType().getName();
            String method = frame == null ? "?" : simpleName(type) + "." + frame.getMethod().getName();
            return new StackSample(thread == null ? "?" : thread.replaceAll("\\d+", "N"), method, libraryOf(type));
        }

        private static RecordedFrame chargedFrame(RecordedStackTrace stack) {
            if (stack == null || stack.getFrames().isEmpty()) {
                return null;
            }
            return stack.getFrames().stream().filter(frame -> !isJdk(frame.getMethod().getType().getName()))
                    .findFirst().orElse(stack.getFrames().get(0));
        }

        private static boolean isJdk(String type) {
            return type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")
                    || type.startsWith("com.sun.");
        }

        private static String simpleName(String type) {
            return type.substring(type.lastIndexOf('.') + 1);
        }

        private static String libraryOf(String type) {
            return LIBRARIES.entrySet().stream().filter(entry -> type.startsWith(entry.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(isJdk(type) ? "JDK" : "other: " + type);
        }
    }

    private static Map<String, String> libraries() {
        Map<String, String> libraries = new LinkedHashMap<>();
        libraries.put("org.h2.", "H2 (event store, sagas, tokens, deadlines)");
        libraries.put("de.bwaldvogel.", "embedded MongoDB server");
        libraries.put("io.netty.", "embedded MongoDB server (wire)");
        libraries.put("com.mongodb.", "MongoDB driver");
        libraries.put("org.bson.", "MongoDB driver");
        libraries.put("com.fasterxml.", "Jackson (serialization)");
        libraries.put("org.axonframework.", "Axon Framework");
        libraries.put("com.github.kagkarlsson.", "db-scheduler");
        libraries.put("com.zaxxer.", "HikariCP");
        libraries.put("org.apache.", "Tomcat");
        libraries.put("org.springframework.", "Spring");
        libraries.put("ch.qos.logback.", "logging");
        libraries.put("org.slf4j.", "logging");
        libraries.put("siteops.", "siteops");
        return libraries;
    }
}
