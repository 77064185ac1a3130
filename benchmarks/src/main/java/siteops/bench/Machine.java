package siteops.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What the run ran on. */
record Machine(String cpu, int cores, long memoryBytes, String os, String java) {

    static Machine current() {
        return new Machine(
                procLine("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")),
                Runtime.getRuntime().availableProcessors(),
                procLine("/proc/meminfo", "MemTotal").map(value -> Long.parseLong(value.replaceAll("\\D", "")) * 1024)
                        .orElse(-1L),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    }

    String describe() {
        return cpu + ", " + cores + " cores, " + String.format("%.1f", memoryBytes / 1024.0 / 1024 / 1024) + " GiB, "
                + os + ", " + java;
    }

    private static Optional<String> procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException notLinux) {
            return Optional.empty();
        }
    }
}
