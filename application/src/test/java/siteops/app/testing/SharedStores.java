package siteops.app.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import siteops.app.SiteopsApplication;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An event store (an H2 database in memory, or PostgreSQL: {@link EventStoreUnderTest}) and a
 * read-model server (mongo-java-server in memory) that several siteops processes share, each an
 * application context of this JVM with a quick simulated agent and no demo data.
 */
public final class SharedStores implements AutoCloseable {

    private final MongoServer readModels = new MongoServer(new MemoryBackend());
    private final String readModelsUri = readModels.bindAndGetConnectionString();
    private final String events = EventStoreUnderTest.newPostgresDatabase()
            .orElse("jdbc:h2:mem:shared-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    private final List<ConfigurableApplicationContext> processes = new ArrayList<>();

    /** A process named {@code node}, with {@code settings} besides the stores', and how to reach it. */
    public Api start(String node, String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--siteops.node.id=" + node,
                "--siteops.data-dir=" + ApplicationTest.newDataDir(),
                "--spring.datasource.url=" + events,
                "--spring.datasource.username=" + (events.startsWith("jdbc:postgresql:") ? "postgres" : "sa"),
                "--siteops.mongodb.uri=" + readModelsUri,
                "--siteops.demo.enabled=false",
                "--siteops.simulator.conversion-time=PT0.2S",
                "--siteops.simulator.backup-time=PT0.5S",
                "--siteops.update.conversion-timeout=PT20S"));
        arguments.addAll(List.of(settings));
        ConfigurableApplicationContext process = new SpringApplicationBuilder(SiteopsApplication.class)
                .run(arguments.toArray(String[]::new));
        processes.add(process);
        return new Api(((WebServerApplicationContext) process).getWebServer().getPort());
    }

    @Override
    public void close() {
        for (int last = processes.size() - 1; last >= 0; last--) {
            processes.get(last).close();
        }
        readModels.shutdownNow();
    }
}
