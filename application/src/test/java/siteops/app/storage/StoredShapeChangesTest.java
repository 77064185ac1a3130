package siteops.app.storage;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import siteops.api.backup.BackupCompleted;
import siteops.api.site.SiteStatus;
import siteops.api.update.UpdateStarted;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upcasters on payloads exactly as earlier versions of siteops stored them: the current
 * revision comes out, with the fields the shape gained present and empty; the current revision
 * goes through untouched.
 */
class StoredShapeChangesTest {

    private final StoredNamesSerializer serializer = new StoredNamesSerializer(JacksonSerializer.builder()
            .objectMapper(new SerializationConfiguration().storageObjectMapper())
            .revisionResolver(new AnnotationRevisionResolver()));
    private final EventUpcasterChain chain = new EventUpcasterChain(StoredShapeChanges.CHANGES);

    private IntermediateEventRepresentation upcast(String type, String revision, String payload) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Site", "s1", 3, "e1",
                "2021-01-01T00:00:00Z", type, revision, payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> out = chain.upcast(
                Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    @Test
    void aBackupCompletedOfRevisionOneComesOutAtRevisionTwoWithoutExpiryOrUpdate() {
        IntermediateEventRepresentation upcast = upcast("BackupCompleted", "1",
                "{\"siteId\":\"s1\",\"backupId\":\"b1\",\"returnTo\":\"Ready\"}");

        assertThat(upcast.getType().getRevision()).isEqualTo("2");
        JsonNode payload = upcast.getData(JsonNode.class).getData();
        assertThat(payload.has("expiresAt") && payload.get("expiresAt").isNull()).isTrue();
        assertThat(payload.has("updateId") && payload.get("updateId").isNull()).isTrue();
        assertThat((Object) serializer.deserialize(upcast.getData()))
                .isEqualTo(new BackupCompleted("s1", "b1", SiteStatus.Ready, null, null));
    }

    @Test
    void anUpdateStartedStoredUnderItsClassNameWithoutRevisionComesOutAtRevisionOne() {
        IntermediateEventRepresentation upcast = upcast(UpdateStarted.class.getName(), null,
                "{\"siteId\":\"s1\",\"updateId\":\"u1\",\"fromVersion\":\"2020.3\",\"targetVersion\":\"2021.3\","
                        + "\"companies\":[\"BIJOU\"]}");

        assertThat(upcast.getType().getRevision()).isEqualTo("1");
        assertThat(upcast.getData(JsonNode.class).getData().get("preUpdateBackupId").isNull()).isTrue();
        assertThat((Object) serializer.deserialize(upcast.getData()))
                .isEqualTo(new UpdateStarted("s1", "u1", "2020.3", "2021.3", List.of("BIJOU"), null));
    }

    @Test
    void anEventOfItsCurrentRevisionIsLeftAsStored() {
        String payload = "{\"siteId\":\"s1\",\"backupId\":\"b1\",\"returnTo\":\"Ready\",\"expiresAt\":"
                + "\"2021-02-01T00:00:00Z\",\"updateId\":\"u1\"}";
        IntermediateEventRepresentation read = upcast("BackupCompleted", "2", payload);

        assertThat(read.getType().getRevision()).isEqualTo("2");
        assertThat(new String(read.getData(byte[].class).getData(), StandardCharsets.UTF_8)).isEqualTo(payload);
    }
}
