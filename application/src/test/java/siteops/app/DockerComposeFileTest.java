package siteops.app;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compose file that starts the production topology (it cannot be run on the project's
 * machines, which have no container engine): what it declares, and, where Debian's
 * {@code docker-compose} is installed, that the tool accepts it.
 */
class DockerComposeFileTest {

    private static final Path COMPOSE_FILE = Path.of("..", "docker-compose.yml");

    @Test
    @SuppressWarnings("unchecked")
    void itStartsTheStoresTwoCommandProcessesTwoQueryProcessesAndAxonServerOnRequest() throws IOException {
        Map<String, Object> compose;
        try (InputStream file = Files.newInputStream(COMPOSE_FILE)) {
            compose = new Yaml().load(file);
        }
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

        assertThat(services).containsOnlyKeys("postgres", "mongodb", "command-1", "command-2", "query-1", "query-2",
                "axonserver");
        for (String process : List.of("command-1", "command-2", "query-1", "query-2")) {
            Map<String, Object> environment = (Map<String, Object>) services.get(process).get("environment");
            assertThat(environment.get("SITEOPS_ROLES")).isEqualTo(process.substring(0, process.indexOf('-')));
            assertThat(environment.get("SITEOPS_NODE_ID")).isEqualTo(process);
            assertThat((String) environment.get("SPRING_DATASOURCE_URL")).startsWith("jdbc:postgresql://postgres:");
            assertThat((String) environment.get("SITEOPS_MONGODB_URI")).contains("replicaSet=rs0");
        }
        assertThat(services.get("axonserver").get("profiles")).isEqualTo(List.of("axonserver"));
        assertThat(services.get("mongodb").get("command").toString()).contains("--replSet");
    }

    @Test
    void dockerComposeAcceptsIt() throws Exception {
        Assumptions.assumeTrue(installed(), "docker-compose is not installed: the compose file was not checked by it");
        Process check = new ProcessBuilder("docker-compose", "-f", COMPOSE_FILE.toString(), "config", "-q")
                .redirectErrorStream(true).start();
        String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(said).isZero();
    }

    private static boolean installed() {
        try {
            Process version = new ProcessBuilder("docker-compose", "version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            return version.waitFor(30, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
