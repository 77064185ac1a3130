package siteops.app.testing;

import org.awaitility.Awaitility;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged application ({@code target/siteops.jar}) started in a process of its own, as an
 * operator starts it, for the tests that kill it for real: no demo data, a quick simulated agent,
 * and its output in a file of the data directory.
 */
public final class PackagedApplication {

    private PackagedApplication() {
    }

    /** Starts it and waits until it answers over HTTP; {@code settings} are added to the defaults of the tests. */
    public static Process start(Path dataDir, int port, String logName, List<String> settings) {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-jar", Path.of("target", "siteops.jar").toString(),
                "--server.port=" + port,
                "--siteops.data-dir=" + dataDir,
                "--siteops.demo.enabled=false",
                "--siteops.simulator.conversion-time=PT1S",
                "--siteops.simulator.repair-time=PT4S",
                "--siteops.simulator.backup-time=PT4S",
                "--siteops.simulator.restore-time=PT4S",
                "--siteops.update.conversion-timeout=PT30S"));
        command.addAll(settings);
        Process process = launch(command, dataDir.resolve(logName + ".log"));
        Api api = new Api(port);
        Awaitility.await().atMost(Duration.ofSeconds(120)).ignoreExceptions()
                .until(() -> !process.isAlive() || api.get("operator", "/api/versions").status() == 200);
        if (!process.isAlive()) {
            throw new IllegalStateException("the application stopped at its start; see " + dataDir.resolve(logName + ".log"));
        }
        return process;
    }

    /** Another Java program of the tests' class path in a process of its own. */
    public static Process startJava(Class<?> main, Path log, String... arguments) {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(arguments));
        return launch(command, log);
    }

    private static Process launch(List<String> command, Path log) {
        try {
            Files.createDirectories(log.getParent());
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
