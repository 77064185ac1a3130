package siteops.app.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import siteops.query.store.CollectionScan;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server's collections read in this process are what the driver reads through the socket. */
class InProcessCollectionScanTest {

    private static final List<String> WITHOUT = List.of("companies", "hidden");

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(ReadModelStoreSettings.EmbeddedStorage.class)
    void aScanGivesWhatTheDriverReadsWithoutTheFieldsLeftOut(ReadModelStoreSettings.EmbeddedStorage storage) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onPrivateSocket(storage, dataDir);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> sites = client.getDatabase("siteops").getCollection("sites");
            sites.insertMany(List.of(
                    new Document("_id", "site-1").append("name", "Été").append("companyCount", 3)
                            .append("revision", 12L).append("share", 0.25).append("siteAdministration", true)
                            .append("plan", null).append("lastChangedAt", new Date(1_700_000_000_123L))
                            .append("companies", List.of(new Document("code", "A")))
                            .append("hidden", "not listed")
                            .append("tags", List.of("a", 2, new Document("at", new Date(5L)))),
                    new Document("_id", "site-2").append("name", "Nested")
                            .append("currentUpdate", new Document("targetVersion", "2021.1")
                                    .append("steps", List.of(new Document("company", "B").append("done", false))))
                            .append("reference", new ObjectId()),
                    new Document("_id", "site-3").append("name", "Other kinds")
                            .append("amount", new Decimal128(new BigDecimal("12.50")))
                            .append("bytes", new Binary(new byte[] {1, 2, 3}))));

            assertThat(scanned(server.inProcessScan(), sites)).isEqualTo(scanned(CollectionScan.THROUGH_THE_DRIVER, sites))
                    .hasSize(3)
                    .allSatisfy(site -> assertThat(site).doesNotContainKeys("companies", "hidden"));
        }
    }

    @ParameterizedTest
    @EnumSource(ReadModelStoreSettings.EmbeddedStorage.class)
    void aCollectionNeverWrittenHasNoDocuments(ReadModelStoreSettings.EmbeddedStorage storage) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onPrivateSocket(storage, dataDir);
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> absent = client.getDatabase("siteops").getCollection("absent");

            assertThat(scanned(server.inProcessScan(), absent)).isEmpty();
        }
    }

    private static List<Document> scanned(CollectionScan scan, MongoCollection<Document> collection) {
        List<Document> documents = new ArrayList<>();
        scan.forEach(collection, WITHOUT, documents::add);
        documents.sort(Comparator.comparing(document -> document.getString("_id")));
        return documents;
    }
}
