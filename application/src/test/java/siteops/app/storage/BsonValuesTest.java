package siteops.app.storage;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the embedded file store writes, it reads back the same, and orders keys as MongoDB does. */
class BsonValuesTest {

    @Test
    void aDocumentComesBackAsItWasWritten() {
        Document document = new Document("_id", "site-1")
                .append("name", "Straße Ｎｏｒｄ")
                .append("revision", 42L)
                .append("companyCount", 5)
                .append("ratio", 0.5)
                .append("siteAdministration", true)
                .append("lastChangedAt", Instant.parse("2026-12-02T10:15:30.123Z"))
                .append("currentUpdate", null)
                .append("companies", List.of(new Document("name", "PAIE").append("version", "2021.3")))
                .append("uuid", UUID.fromString("7f1c6a4e-0b8e-4a49-9c7e-3d7c2f0d9a11"))
                .append("objectId", new ObjectId());

        assertThat(BsonDocumentType.INSTANCE.read(written(buffer -> BsonDocumentType.INSTANCE.write(buffer, document))))
                .isEqualTo(document);
    }

    @Test
    void keysComeBackAndAreOrderedAsMongoDbOrdersValues() {
        KeyValue key = new KeyValue(Arrays.asList("site-1", 7.0, null));
        assertThat(BsonKeyType.INDEX_KEYS.read(written(buffer -> BsonKeyType.INDEX_KEYS.write(buffer, key))))
                .isEqualTo(key);
        assertThat(BsonKeyType.IDS.read(written(buffer -> BsonKeyType.IDS.write(buffer, "site-1")))).isEqualTo("site-1");

        assertThat(BsonKeyType.IDS.compare("a", "b")).isNegative();
        assertThat(BsonKeyType.IDS.compare(2.0, 10.0)).as("numbers as numbers, not as text").isNegative();
        assertThat(BsonKeyType.INDEX_KEYS.compare(new KeyValue("s", 1.0), new KeyValue("s", 1.0))).isZero();
        assertThat(BsonKeyType.INDEX_KEYS.compare(new KeyValue("s", 1.0), new KeyValue("s", 2.0))).isNegative();
    }

    private static java.nio.ByteBuffer written(java.util.function.Consumer<WriteBuffer> write) {
        WriteBuffer buffer = new WriteBuffer();
        write.accept(buffer);
        java.nio.ByteBuffer bytes = buffer.getBuffer();
        bytes.flip();
        return bytes;
    }
}
