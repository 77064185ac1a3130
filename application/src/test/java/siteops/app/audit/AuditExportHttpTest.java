package siteops.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import siteops.app.SiteopsApplication;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;
import siteops.app.testing.EventStoreUnderTest;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * GET /api/audit/events/export: the log to its end as NDJSON, line for line what the store holds;
 * imported into an empty store (--siteops.import-log), it gives the same read models and the same
 * chain. This class has an application, and so a store, of its own.
 */
@TestPropertySource(properties = "siteops.audit.gap-wait=PT1S")
class AuditExportHttpTest extends ApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private MongoDatabase readModels;

    @Test
    void theExportHasEveryStoredEventAsStoredAndItsImportGivesTheSameReadModelsAndChain() throws Exception {
        String updated = sites.register("Premium", "2020.3", List.of("A", "B"));
        String locked = sites.register("Essentials", "2020.3", List.of("C"), "globex", "initech");
        sites.publish("2021.3", "2021-12-08");
        Api.Response update = sites.requestUpdate("acme", updated, "2021.3");
        sites.awaitUpdate("acme", update.header("Location"), u -> u.path("phase").asText().equals("COMPLETED"));
        api.post("globex", "/api/sites/" + locked + "/lock", "{\"reason\": \"année close\"}");
        long last = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> digest(api).path("position").asLong() >= last);
        awaitCaughtUp(api);
        JsonNode digest = digest(api);

        HttpResponse<String> export = api.send(api.request("auditor", "/api/audit/events/export").GET()).raw();
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        List<String> lines = export.body().lines().toList();
        List<Long> stored = jdbc.queryForList("SELECT globalIndex FROM DomainEventEntry WHERE globalIndex <= ?"
                + " ORDER BY globalIndex", Long.class, digest.path("position").asLong());
        assertThat(lines.stream().map(line -> read(line).path("position").asLong()).toList()).isEqualTo(stored);
        jdbc.query("SELECT globalIndex, payload, metaData FROM DomainEventEntry", row -> {
            String start = "{\"position\":" + row.getLong(1) + ",";
            String line = lines.stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
            assertThat(line).contains("\"payload\":" + new String(row.getBytes(2), StandardCharsets.UTF_8) + ",");
            assertThat(line).contains("\"metadata\":" + new String(row.getBytes(3), StandardCharsets.UTF_8) + ",");
        });
        String ofOneSite = api.send(api.request("auditor", "/api/audit/events/export?siteId=" + locked).GET())
                .raw().body();
        assertThat(ofOneSite.lines().map(line -> read(line).path("aggregateId").asText())).containsOnly(locked)
                .hasSize(2);

        Path file = Files.createTempFile("siteops-export-", ".ndjson");
        Files.writeString(file, export.body());
        try (ConfigurableApplicationContext imported = startImporting(file)) {
            Api importedApi = new Api(((WebServerApplicationContext) imported).getWebServer().getPort());
            Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(() -> digest(importedApi).path("position").asLong() >= digest.path("position").asLong());
            awaitCaughtUp(importedApi);
            assertThat(digest(importedApi).path("hash").asText()).as("the same chain")
                    .isEqualTo(digest.path("hash").asText());
            MongoDatabase importedReadModels = imported.getBean(MongoDatabase.class);
            for (String collection : readModelCollections(readModels)) {
                assertThat(documents(importedReadModels, collection)).as(collection)
                        .isEqualTo(documents(readModels, collection));
            }
            assertThat(importedApi.get("acme", "/api/sites/" + updated).body())
                    .isEqualTo(api.get("acme", "/api/sites/" + updated).body());
        }
    }

    @Test
    void aStoreThatHoldsEventsTakesNoImport() throws Exception {
        sites.register("Premium", "2020.3", List.of("A"));
        Path file = Files.createTempFile("siteops-export-", ".ndjson");
        Files.writeString(file, api.send(api.request("auditor", "/api/audit/events/export").GET()).raw().body());
        Path dataDir = newDataDir();
        String postgresUrl = EventStoreUnderTest.newPostgresDatabase().orElse("");
        try (ConfigurableApplicationContext imported = start(dataDir, postgresUrl, file)) {
            Api importedApi = new Api(((WebServerApplicationContext) imported).getWebServer().getPort());
            assertThat(importedApi.post("operator", "/api/organisations",
                    "{\"organisationId\": \"later\", \"name\": \"Later\", \"kind\": \"PARTNER\"}").status())
                    .isEqualTo(201);
        }
        Throwable refused = catchThrowable(() -> start(dataDir, postgresUrl, file).close());
        assertThat(refused).hasStackTraceContaining("already holds");
    }

    private static ConfigurableApplicationContext startImporting(Path file) {
        return start(newDataDir(), EventStoreUnderTest.newPostgresDatabase().orElse(""), file);
    }

    private static ConfigurableApplicationContext start(Path dataDir, String postgresUrl, Path file) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--siteops.data-dir=" + dataDir,
                "--siteops.demo.enabled=false", "--siteops.import-log=" + file,
                "--siteops.simulator.conversion-time=PT0.2S", "--siteops.simulator.backup-time=PT0.5S"));
        if (!postgresUrl.isEmpty()) {
            arguments.addAll(List.of("--spring.datasource.url=" + postgresUrl, "--spring.datasource.username=postgres",
                    "--spring.datasource.password="));
        }
        return new SpringApplicationBuilder(SiteopsApplication.class).run(arguments.toArray(String[]::new));
    }

    private static List<String> readModelCollections(MongoDatabase database) {
        List<String> names = new ArrayList<>();
        database.listCollectionNames().forEach(name -> {
            if (!name.toLowerCase().contains("token") && !name.equals("read_model_rebuilds")) {
                names.add(name);
            }
        });
        assertThat(names).contains("sites", "site_history", "site_operations");
        return names;
    }

    private static Map<String, Document> documents(MongoDatabase database, String collection) {
        Map<String, Document> byId = new TreeMap<>();
        database.getCollection(collection).find().forEach(document -> byId.put(String.valueOf(document.get("_id")),
                document));
        return byId;
    }

    private static void awaitCaughtUp(Api api) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode statuses = api.get("operator", "/api/admin/read-models").body();
            boolean caughtUp = statuses.size() > 0;
            for (JsonNode status : statuses) {
                caughtUp &= status.path("caughtUp").asBoolean() && status.path("behind").asLong() == 0;
            }
            return caughtUp;
        });
    }

    private static JsonNode digest(Api api) {
        return api.get("auditor", "/api/audit/digest").body();
    }

    private static JsonNode read(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
