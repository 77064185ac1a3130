package siteops.app.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;
import siteops.query.site.SiteListPreload;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Where the process runs the query side on the embedded file store, the data directory's store is
 * opened before the application's beans are made, for the embedded server to serve; it is closed
 * with the application when no server took it. Elsewhere nothing is opened early.
 */
class EarlyReadModelStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void theStoreOfTheDataDirectoryIsOpenedForTheServerToServe() {
        storeWithSites("site-1", "site-2");
        try (GenericApplicationContext context = initialized(Map.of())) {
            EarlyReadModelStore.Opening opening = context.getBean(EarlyReadModelStore.Opening.class);
            assertThat(context.getBean(SiteListPreload.class)).isNotNull();
            assertThatThrownBy(() -> opening.take(dataDir.resolve("elsewhere")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("elsewhere");

            try (EmbeddedMongoServer server = EmbeddedMongoServer.onPrivateSocket(opening.take(dataDir));
                 MongoClient client = MongoClients.create(server.connectionString())) {
                assertThat(client.getDatabase("siteops").getCollection("sites").find().into(new ArrayList<>()))
                        .extracting(site -> site.getString("_id")).containsExactly("site-1", "site-2");
            }
        }
    }

    @Test
    void aStoreNoServerTookIsClosedWithTheApplication() {
        storeWithSites("site-1");
        initialized(Map.of()).close();

        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> assertThat(storeWithSites())
                .as("the store opened again once the first one closed it").containsExactly("site-1"));
    }

    @Test
    void nothingIsOpenedEarlyForAnotherStoreOrAProcessWithoutTheQuerySide() {
        for (Map<String, Object> elsewhere : List.<Map<String, Object>>of(
                Map.of("siteops.mongodb.uri", "mongodb://127.0.0.1:27017"),
                Map.of("siteops.mongodb.embedded-storage", "memory"),
                Map.of("siteops.roles", "command"))) {
            try (GenericApplicationContext context = initialized(elsewhere)) {
                assertThat(context.getBeanNamesForType(EarlyReadModelStore.Opening.class)).as("%s", elsewhere).isEmpty();
                assertThat(context.getBeanNamesForType(SiteListPreload.class)).isEmpty();
            }
        }
    }

    private GenericApplicationContext initialized(Map<String, Object> properties) {
        GenericApplicationContext context = new GenericApplicationContext();
        Map<String, Object> all = new HashMap<>(properties);
        all.put("siteops.data-dir", dataDir.toString());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", all));
        new EarlyReadModelStore().initialize(context);
        context.refresh();
        return context;
    }

    /** Adds sites to the data directory's store, then gives the ids of those it holds. */
    private List<String> storeWithSites(String... siteIds) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onPrivateSocket(ReadModelStoreSettings.EmbeddedStorage.FILE,
                dataDir);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> sites = client.getDatabase("siteops").getCollection("sites");
            for (String siteId : siteIds) {
                sites.insertOne(new Document("_id", siteId).append("name", siteId));
            }
            return sites.find().map(site -> site.getString("_id")).into(new ArrayList<>());
        }
    }
}
