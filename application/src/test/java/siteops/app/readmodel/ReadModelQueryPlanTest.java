package siteops.app.readmodel;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every query the read side sends, recorded from the driver while every read route and every
 * operation runs (and a rebuild): each would be answered from an index of its collection by a
 * real MongoDB ({@link IndexUse}), but for the one that reads a whole collection by design,
 * and each kind of query is listed in {@code docs/architecture.md} with the index it uses.
 */
@Import(ReadModelQueryPlanTest.Recording.class)
class ReadModelQueryPlanTest extends ApplicationTest {

    private static final Path ARCHITECTURE = Path.of("..", "docs", "architecture.md");
    /** Whole collections on purpose: a reset empties one; the site list is loaded from every site. */
    private static final Set<String> WHOLE_COLLECTION = Set.of("find sites {}");

    @Autowired
    private Recording recording;
    @Autowired
    private MongoDatabase readModels;

    @TestConfiguration
    static class Recording {

        final Queue<Document> commands = new ConcurrentLinkedQueue<>();

        @Bean
        CommandListener recordingListener() {
            return new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    commands.add(Document.parse(event.getCommand().toJson()).append("$command", event.getCommandName()));
                }
            };
        }
    }

    @Test
    void everyQueryOfTheReadSideIsAnsweredFromAnIndex() throws IOException {
        everyReadAndEveryOperation();

        Map<String, List<Document>> indexes = new HashMap<>();
        Map<String, String> indexOfEachQuery = new TreeMap<>();
        List<String> unserved = new ArrayList<>();
        for (Document command : List.copyOf(recording.commands)) {
            for (Query query : Query.of(command)) {
                String shape = query.describe();
                List<Document> keys = indexes.computeIfAbsent(query.collection(), this::indexKeys);
                Optional<String> index = IndexUse.indexFor(query.kind(), query.filter(), query.sort(), keys);
                if (index.isPresent()) {
                    indexOfEachQuery.put(shape, index.get());
                } else if (query.readsTheWholeCollection()
                        && WHOLE_COLLECTION.contains(query.kind() + " " + query.collection() + " {}")) {
                    indexOfEachQuery.put(shape, "the whole collection");
                } else {
                    unserved.add(shape + " with indexes " + keys);
                }
            }
        }

        assertThat(indexOfEachQuery).as("queries recorded").hasSizeGreaterThan(10);
        assertThat(unserved).as("queries no index answers").isEmpty();
        String architecture = Files.readString(ARCHITECTURE);
        assertThat(indexOfEachQuery.entrySet().stream()
                .map(query -> "| `" + query.getKey() + "` | `" + query.getValue() + "` |")
                .filter(line -> !architecture.contains(line)).toList())
                .as("queries and their indexes missing from the list in docs/architecture.md").isEmpty();
    }

    private List<Document> indexKeys(String collection) {
        List<Document> keys = new ArrayList<>();
        readModels.getCollection(collection).listIndexes().forEach(index -> keys.add(index.get("key", Document.class)));
        return keys;
    }

    private void everyReadAndEveryOperation() {
        sites.publish("2021.3", "2021-03-01");
        String premium = sites.register("Premium", "2020.3", List.of("PAIE", "GESCOM"));
        String essentials = sites.register("Essentials", "2020.3", List.of("PAIE"));

        String update = sites.requestUpdate("acme", premium, "2021.3").header("Location");
        sites.awaitSite("acme", premium, site -> site.path("status").asText().equals("Ready")
                && site.path("version").asText().equals("2021.3"));
        Api.Response backup = api.post("acme", "/api/sites/" + essentials + "/backups", "{\"label\": \"known good\"}");
        String backupId = backup.body().path("backupId").asText();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> api.get("acme", "/api/sites/" + essentials
                + "/backups/" + backupId).body().path("state").asText().equals("COMPLETED"));
        sites.awaitSite("acme", essentials, site -> site.path("status").asText().equals("Ready"));
        assertThat(api.post("acme", "/api/sites/" + essentials + "/restores", "{\"backupId\": \"" + backupId + "\"}")
                .status()).isEqualTo(202);
        sites.awaitSite("acme", essentials, site -> site.path("status").asText().equals("Ready"));
        assertThat(api.post("acme", "/api/sites/" + essentials + "/repairs", "").status()).isEqualTo(202);
        sites.awaitSite("acme", essentials, site -> site.path("status").asText().equals("Ready"));
        assertThat(api.post("acme", "/api/sites/" + essentials + "/product-migrations",
                "{\"targetEdition\": \"Premium\"}").status()).isEqualTo(200);
        assertThat(api.post("operator", "/api/sites/" + premium + "/lock", "{\"reason\": \"audit\"}").status())
                .isEqualTo(200);
        assertThat(api.post("operator", "/api/sites/" + premium + "/unlock", "").status()).isEqualTo(200);
        assertThat(api.delete("acme", "/api/sites/" + essentials + "/backups/" + backupId).status()).isIn(200, 204);

        for (String user : List.of("operator", "acme", "client", "auditor")) {
            JsonNode page = api.get(user, "/api/sites?size=1").body();
            api.get(user, "/api/sites?after=" + page.path("next").asText());
            api.get(user, "/api/sites?status=Ready&edition=Premium&type=Staging&q=test&page=2&size=1");
            for (String site : List.of(premium, essentials)) {
                for (String route : List.of("", "/access", "/available-updates", "/history", "/operations",
                        "/backups", "/backups/" + backupId, "/history?type=SiteLocked",
                        "/history?type=SiteLocked&actor=acme&from=2020-01-01T00:00:00Z&to=" + Instant.now(),
                        "/as-of?at=" + Instant.now())) {
                    api.get(user, "/api/sites/" + site + route);
                }
                JsonNode operations = api.get(user, "/api/sites/" + site + "/operations").body();
                operations.path("items").forEach(operation ->
                        api.get(user, "/api/sites/" + site + "/operations/" + operation.path("operationId").asText()));
            }
            api.get(user, update);
            api.get(user, "/api/organisations");
            api.get(user, "/api/organisations?kind=CLIENT");
            api.get(user, "/api/organisations/acme");
            api.get(user, "/api/versions");
            api.get(user, "/api/versions?product=Sage%20100");
        }
        api.get("operator", "/api/admin/read-models");
        for (String readModel : List.of("sites", "site-history")) {
            assertThat(api.post("operator", "/api/admin/read-models/" + readModel + "/rebuild", "").status())
                    .isEqualTo(202);
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                    api.get("operator", "/api/sites/" + premium).status() == 200);
        }
    }

    /** One filter a command sends, with the sort it asks for (none but for a find). */
    record Query(String kind, String collection, Document filter, Document sort) {

        private static final Set<String> READ_MODEL_COMMANDS = Set.of("find", "count", "aggregate", "update",
                "delete", "findAndModify");

        static List<Query> of(Document command) {
            String kind = command.getString("$command");
            if (!READ_MODEL_COMMANDS.contains(kind) || !(command.get(kind) instanceof String collection)) {
                return List.of();
            }
            return switch (kind) {
                case "find" -> List.of(new Query(kind, collection, orEmpty(command.get("filter", Document.class)),
                        command.get("sort", Document.class)));
                case "count" -> List.of(new Query(kind, collection, orEmpty(command.get("query", Document.class)), null));
                case "findAndModify" -> List.of(new Query(kind, collection,
                        orEmpty(command.get("query", Document.class)), command.get("sort", Document.class)));
                case "aggregate" -> List.of(new Query(kind, collection, orEmpty(command.getList("pipeline",
                        Document.class).get(0).get("$match", Document.class)), null));
                case "update" -> command.getList("updates", Document.class).stream()
                        .map(statement -> new Query(kind, collection, statement.get("q", Document.class), null)).toList();
                default -> command.getList("deletes", Document.class).stream()
                        .map(statement -> new Query(kind, collection, statement.get("q", Document.class), null)).toList();
            };
        }

        private static Document orEmpty(Document filter) {
            return filter == null ? new Document() : filter;
        }

        boolean readsTheWholeCollection() {
            return filter.isEmpty() && (sort == null || sort.isEmpty());
        }

        String describe() {
            return kind + " " + collection + " {" + IndexUse.shape(filter) + "}"
                    + (sort == null || sort.isEmpty() ? "" : " sort " + sort.toJson());
        }
    }
}
