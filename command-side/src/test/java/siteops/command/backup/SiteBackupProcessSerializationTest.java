package siteops.command.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup process stored by an earlier version (before the relay's fields moved to a shared
 * class) reads back whole, and is stored again under the same field names.
 */
class SiteBackupProcessSerializationTest {

    private static final String STORED = "{\"siteId\":\"site-1\",\"backupId\":\"b1\",\"timeoutId\":\"t-7\"}";

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(new ObjectMapper()).build();

    @Test
    void aProcessStoredBeforeReadsBackAndIsStoredTheSameWay() {
        SiteBackupProcess restored = serializer.deserialize(new SimpleSerializedObject<>(STORED, String.class,
                new SimpleSerializedType(SiteBackupProcess.class.getName(), null)));

        SerializedObject<String> storedAgain = serializer.serialize(restored, String.class);

        assertThat(tree(storedAgain.getData())).isEqualTo(tree(STORED));
    }

    private static JsonNode tree(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
