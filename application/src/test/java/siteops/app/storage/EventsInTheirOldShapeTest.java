package siteops.app.storage;

import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import siteops.api.backup.BackupCompleted;
import siteops.api.backup.BackupFailed;
import siteops.api.backup.BackupKind;
import siteops.api.backup.BackupRequested;
import siteops.api.backup.BackupStarted;
import siteops.api.site.Edition;
import siteops.api.site.SiteStatus;
import siteops.api.update.UpdateRolledBack;
import siteops.api.update.UpdateStarted;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events stored before an event gained a field read back as they were, the new field empty: the
 * payloads below are byte for byte what earlier versions of siteops stored.
 */
class EventsInTheirOldShapeTest {

    private final StoredNamesSerializer serializer = new StoredNamesSerializer(JacksonSerializer.builder()
            .objectMapper(new SerializationConfiguration().storageObjectMapper())
            .revisionResolver(new AnnotationRevisionResolver()));

    private Object read(String type, String revision, String payload) {
        return serializer.deserialize(new SimpleSerializedObject<>(payload, String.class,
                new SimpleSerializedType(type, revision)));
    }

    @Test
    void anUpdateRolledBackBeforeUpdatesTookABackupRestoredNone() {
        assertThat(read(UpdateRolledBack.class.getName(), null, "{\"siteId\":\"s1\",\"updateId\":\"u1\","
                + "\"version\":\"2020.3\",\"failedCompany\":\"GESCOM\",\"reason\":\"disk full\"}"))
                .isEqualTo(new UpdateRolledBack("s1", "u1", "2020.3", "GESCOM", "disk full", null));
    }

    @Test
    void anUpdateStartedBeforeUpdatesTookABackupHasNone() {
        assertThat(read(UpdateStarted.class.getName(), null, "{\"siteId\":\"s1\",\"updateId\":\"u1\","
                + "\"fromVersion\":\"2020.3\",\"targetVersion\":\"2021.3\",\"companies\":[\"BIJOU\"]}"))
                .isEqualTo(new UpdateStarted("s1", "u1", "2020.3", "2021.3", List.of("BIJOU"), null));
    }

    @Test
    void backupEventsOfTheirFirstRevisionAreOfManualBackupsWithoutExpiry() {
        assertThat(read("BackupRequested", "1", "{\"siteId\":\"s1\",\"backupId\":\"b1\",\"kind\":\"MANUAL\","
                + "\"label\":null,\"version\":\"2020.3\",\"edition\":\"Premium\",\"companies\":[\"BIJOU\"],"
                + "\"returnTo\":\"Ready\"}"))
                .isEqualTo(new BackupRequested("s1", "b1", BackupKind.MANUAL, null, "2020.3", Edition.Premium,
                        List.of("BIJOU"), SiteStatus.Ready, null));
        assertThat(read("BackupStarted", "1", "{\"siteId\":\"s1\",\"backupId\":\"b1\"}"))
                .isEqualTo(new BackupStarted("s1", "b1", null));
        assertThat(read("BackupCompleted", "1", "{\"siteId\":\"s1\",\"backupId\":\"b1\",\"returnTo\":\"Ready\"}"))
                .isEqualTo(new BackupCompleted("s1", "b1", SiteStatus.Ready, null, null));
        assertThat(read("BackupFailed", "1", "{\"siteId\":\"s1\",\"backupId\":\"b1\",\"reason\":\"disk\","
                + "\"returnTo\":\"Locked\"}"))
                .isEqualTo(new BackupFailed("s1", "b1", "disk", SiteStatus.Locked, null));
    }
}
