package siteops.app.testing;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The application as it runs, on the embedded default (or with its events in PostgreSQL:
 * {@link EventStoreUnderTest}), on a random port and its own data directory, with a quick simulated agent, and the demo users' organisations (the demo data is
 * off). Subclasses with the same configuration share one running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "siteops.demo.enabled=false",
        "siteops.simulator.conversion-time=PT0.2S",
        "siteops.simulator.repair-time=PT0.5S",
        "siteops.simulator.backup-time=PT0.5S",
        "siteops.simulator.restore-time=PT0.5S",
        "siteops.update.conversion-timeout=PT20S"
})
public abstract class ApplicationTest {

    @LocalServerPort
    private int port;

    protected Api api;
    protected Sites sites;

    /**
     * Called for each application context being started, not for one reused: every context has
     * a data directory, and so an H2 database, of its own. Two contexts on one database (a test
     * class with other properties starts a second one) would run the same processors on the
     * same events under the same token owner, each acting on what the other does.
     */
    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        Path dataDir = newDataDir();
        registry.add("siteops.data-dir", dataDir::toString);
        EventStoreUnderTest.newPostgresDatabase().ifPresent(url -> {
            registry.add("spring.datasource.url", () -> url);
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "");
        });
    }

    protected int port() {
        return port;
    }

    @BeforeEach
    void connect() {
        api = new Api(port);
        sites = new Sites(api);
        sites.createDemoOrganisations();
    }

    public static Path newDataDir() {
        try {
            return Files.createTempDirectory("siteops-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
