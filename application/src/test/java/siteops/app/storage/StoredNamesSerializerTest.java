package siteops.app.storage;

import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import siteops.api.lifecycle.SiteLocked;
import siteops.api.update.UpdateRolledBack;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event is stored under its stable name; one stored under its class name before names existed reads back. */
class StoredNamesSerializerTest {

    private final StoredNamesSerializer serializer = new StoredNamesSerializer(JacksonSerializer.builder()
            .objectMapper(new SerializationConfiguration().storageObjectMapper())
            .revisionResolver(new AnnotationRevisionResolver()));

    @Test
    void aNamedEventIsStoredUnderItsNameAndRevision() {
        SerializedObject<String> stored = serializer.serialize(new SiteLocked("s1", "audit"), String.class);

        assertThat(stored.getType().getName()).isEqualTo("SiteLocked");
        assertThat(stored.getType().getRevision()).isEqualTo("1");
        assertThat(stored.getData()).isEqualTo("{\"siteId\":\"s1\",\"reason\":\"audit\"}");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(new SiteLocked("s1", "audit"));
    }

    @Test
    void anEventStoredUnderItsClassNameIsReadByIt() {
        SerializedObject<String> stored = new SimpleSerializedObject<>(
                "{\"siteId\":\"s1\",\"updateId\":\"u1\",\"version\":\"2020.3\",\"failedCompany\":\"A\",\"reason\":\"x\"}",
                String.class, new SimpleSerializedType(UpdateRolledBack.class.getName(), null));

        assertThat((Object) serializer.deserialize(stored))
                .isEqualTo(new UpdateRolledBack("s1", "u1", "2020.3", "A", "x", null));
        assertThat(serializer.typeForClass(UpdateRolledBack.class).getName()).isEqualTo("UpdateRolledBack");
        assertThat(serializer.classForType(new SimpleSerializedType("SiteLocked", "1"))).isEqualTo(SiteLocked.class);
    }
}
