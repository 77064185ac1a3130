package siteops.command.update;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateStarted;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The process is stored as JSON between events: nothing of its state may be lost on the way. */
class SiteUpdateProcessSerializationTest {

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule()))
            .build();

    @Test
    void itsStateSurvivesARoundTripThroughJson() {
        SiteUpdateProcess process = new SiteUpdateProcess();
        List<String> companies = List.of("BIJOU", "GESCOM");
        process.on(new UpdateRequested("site-1", "u1", "2020.3", "2021.3", companies), mock(CommandGateway.class));
        process.on(new UpdateStarted("site-1", "u1", "2020.3", "2021.3", companies, null), MetaData.emptyInstance(),
                request -> { }, mock(DeadlineManager.class), new UpdateProcessSettings(Duration.ofMinutes(1)));

        SerializedObject<String> json = serializer.serialize(process, String.class);
        SiteUpdateProcess restored = serializer.deserialize(json);

        assertThat(json.getData()).contains("\"siteId\":\"site-1\"", "\"updateId\":\"u1\"", "BIJOU", "GESCOM",
                "\"targetVersion\":\"2021.3\"");
        assertThat(restored).usingRecursiveComparison().isEqualTo(process);
    }

    @Test
    void aProcessStoredByAnEarlierVersionReadsItsCompaniesLeftAsTheCompaniesToGoThrough() {
        String stored = "{\"siteId\":\"site-1\",\"updateId\":\"u1\",\"fromVersion\":\"2020.3\","
                + "\"targetVersion\":\"2021.3\",\"companiesToConvert\":[\"GESCOM\",\"PAIE\"],"
                + "\"conversionTimeoutId\":\"t-1\"}";

        SiteUpdateProcess restored = serializer.deserialize(new SimpleSerializedObject<>(stored, String.class,
                new SimpleSerializedType(SiteUpdateProcess.class.getName(), null)));

        assertThat(serializer.serialize(restored, String.class).getData())
                .contains("\"companies\":[\"GESCOM\",\"PAIE\"]", "\"conversionTimeoutId\":\"t-1\"");
    }
}
