package siteops.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The packaged application, started as the README starts it, in a process of its own, on a fresh data directory. */
final class ApplicationUnderTest implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final String RECORDING = "application.jfr";
    private static final String CLASS_DATA_SHARING_ARCHIVE = "siteops.jsa";
    private static final Pattern RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
    private static final long UNCOMMIT_WAIT_MILLIS = 5_000;

    private final Process process;
    private final Path dataDir;
    private final int httpPort;
    private final int mongoPort;
    private final long spawnedAt = System.nanoTime();
    private double secondsToFirstAnswer;
    private double secondsToReads;

    private ApplicationUnderTest(Process process, Path dataDir, int httpPort, int mongoPort) {
        this.process = process;
        this.dataDir = dataDir;
        this.httpPort = httpPort;
        this.mongoPort = mongoPort;
    }

    /**
     * The application, its flight recorded into the data directory ({@link #recording}).
     * {@code jvmOptions} and {@code extraArguments} are added to the start command: to profile, or try a setting out.
     */
    static ApplicationUnderTest start(Path jar, Path dataDir, List<String> jvmOptions, List<String> extraArguments)
            throws IOException, InterruptedException {
        List<String> recorded = new ArrayList<>(List.of(
                "-XX:StartFlightRecording=dumponexit=true,filename=" + dataDir.resolve(RECORDING)));
        recorded.addAll(jvmOptions);
        return startUnrecorded(jar, dataDir, recorded, extraArguments);
    }

    /**
     * The application without a flight recording, as the README starts it: for what the start itself
     * costs (the recorder takes its share of the processor while Spring starts).
     */
    static ApplicationUnderTest startUnrecorded(Path jar, Path dataDir, List<String> jvmOptions,
                                                List<String> extraArguments) throws IOException, InterruptedException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (mvn -B -DskipTests package)");
        }
        Files.createDirectories(dataDir);
        int httpPort = freePort();
        int mongoPort = freePort();
        List<String> command = new ArrayList<>(List.of(javaExecutable("java")));
        Path classDataSharingArchive = jar.resolveSibling(CLASS_DATA_SHARING_ARCHIVE);
        if (Files.exists(classDataSharingArchive)) {
            command.add("-XX:SharedArchiveFile=" + classDataSharingArchive);
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + httpPort,
                "--siteops.data-dir=" + dataDir,
                "--siteops.mongodb.embedded-port=" + mongoPort,
                "--siteops.demo.enabled=false",
                "--siteops.simulator.conversion-time=PT0S",
                "--siteops.update.conversion-timeout=PT10M"));
        command.addAll(Fleet.userArguments());
        command.addAll(extraArguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("application.log").toFile())
                .start();
        ApplicationUnderTest application = new ApplicationUnderTest(process, dataDir, httpPort, mongoPort);
        application.awaitReady();
        return application;
    }

    /** Until a read is answered: the read models have caught up with the event store (503 until then). */
    private void awaitReady() throws InterruptedException {
        Http http = http();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped; see " + dataDir.resolve("application.log"));
            }
            try {
                int status = http.get("/api/sites").status();
                if (secondsToFirstAnswer == 0) {
                    secondsToFirstAnswer = (System.nanoTime() - spawnedAt) / 1e9;
                }
                if (status == 200) {
                    secondsToReads = (System.nanoTime() - spawnedAt) / 1e9;
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the application did not serve reads within 10 minutes");
    }

    /** From the process's start to its first answer over HTTP, whatever it was. */
    double secondsToFirstAnswer() {
        return secondsToFirstAnswer;
    }

    /** From the process's start to its first read answered (200). */
    double secondsToReads() {
        return secondsToReads;
    }

    /** kill -9: the process gets no chance to write anything more. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    Http http() {
        return new Http(httpPort);
    }

    String mongoUri() {
        return "mongodb://127.0.0.1:" + mongoPort;
    }

    Path dataDir() {
        return dataDir;
    }

    /** The flight recording of the whole run, written when the application stops. */
    Path recording() {
        return dataDir.resolve(RECORDING);
    }

    String eventStoreUrl() {
        return "jdbc:h2:file:" + dataDir.resolve("siteops");
    }

    /**
     * The heap in use right after a full collection, and resident memory a few seconds later: the
     * JVM gives back the heap it shrank by in the background (G1's concurrent uncommit), in bytes.
     */
    Memory memory() throws IOException, InterruptedException {
        jcmd("GC.run");
        String heapInfo = jcmd("GC.heap_info");
        Thread.sleep(UNCOMMIT_WAIT_MILLIS);
        Matcher heap = HEAP_USED.matcher(heapInfo);
        Matcher rss = RSS.matcher(Files.readString(Path.of("/proc", Long.toString(process.pid()), "status")));
        if (!heap.find() || !rss.find()) {
            throw new IllegalStateException("could not read the memory of process " + process.pid() + ": " + heapInfo);
        }
        return new Memory(Long.parseLong(rss.group(1)) * 1024, Long.parseLong(heap.group(1)) * 1024);
    }

    /** The heap in use now, without collecting first. */
    long heapInUseBytes() throws IOException, InterruptedException {
        Matcher heap = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!heap.find()) {
            throw new IllegalStateException("could not read the heap of process " + process.pid());
        }
        return Long.parseLong(heap.group(1)) * 1024;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(javaExecutable("jcmd"), Long.toString(process.pid()), command)
                .redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor(60, TimeUnit.SECONDS);
        return output;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static String javaExecutable(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    record Memory(long residentBytes, long heapAfterGcBytes) {
    }
}
