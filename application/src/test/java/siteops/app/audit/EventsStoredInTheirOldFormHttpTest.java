package siteops.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import siteops.app.testing.ApplicationTest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A site whose backup events are stored in their first revision, as earlier versions of siteops
 * stored them: the read models and a site as of an instant see them upcast to the current shape,
 * the audit log shows them as stored. This class has an application, and so a store, of its own.
 */
@TestPropertySource(properties = "siteops.audit.gap-wait=PT1S")
class EventsStoredInTheirOldFormHttpTest extends ApplicationTest {

    private static final String METADATA = "{\"actor\":\"acme\",\"actorRole\":\"PARTNER\","
            + "\"actorOrganisation\":\"acme\",\"correlationId\":\"old-form\"}";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Configuration axon;

    @Test
    void aManualBackupStoredAtRevisionOneIsListedAndShownAsStored() {
        String site = sites.register("Premium", "2020.3", List.of("A"));
        String backup = UUID.randomUUID().toString();
        store(site, 1, "BackupRequested", "{\"siteId\":\"" + site + "\",\"backupId\":\"" + backup + "\","
                + "\"kind\":\"MANUAL\",\"label\":\"before the old upgrade\",\"version\":\"2020.3\","
                + "\"edition\":\"Premium\",\"companies\":[\"A\"],\"returnTo\":\"Ready\"}");
        store(site, 2, "BackupStarted", "{\"siteId\":\"" + site + "\",\"backupId\":\"" + backup + "\"}");
        store(site, 3, "BackupCompleted", "{\"siteId\":\"" + site + "\",\"backupId\":\"" + backup + "\","
                + "\"returnTo\":\"Ready\"}");

        JsonNode backups = Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("acme", "/api/sites/" + site + "/backups").body(),
                page -> page.path("items").size() == 1
                        && page.path("items").get(0).path("state").asText().equals("COMPLETED"));
        JsonNode listed = backups.path("items").get(0);
        assertThat(listed.path("backupId").asText()).isEqualTo(backup);
        assertThat(listed.path("label").asText()).isEqualTo("before the old upgrade");
        assertThat(listed.path("expiresAt").isNull() || listed.path("expiresAt").isMissingNode()).isTrue();
        assertThat(sites.historyTypes("acme", site)).containsExactly("SiteRegistered", "BackupRequested",
                "BackupStarted", "BackupCompleted");

        JsonNode asOf = api.get("acme", "/api/sites/" + site + "/as-of?at=" + Instant.now()).body();
        assertThat(asOf.path("revision").asLong()).isEqualTo(3);
        assertThat(asOf.path("status").asText()).isEqualTo("Ready");

        long last = jdbc.queryForObject("SELECT MAX(globalIndex) FROM DomainEventEntry", Long.class);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("auditor", "/api/audit/digest").body().path("position").asLong() >= last);
        JsonNode completed = api.get("auditor", "/api/audit/events?siteId=" + site + "&type=BackupCompleted")
                .body().path("items").get(0);
        assertThat(completed.path("revision").asText()).as("the revision as stored").isEqualTo("1");
        assertThat(completed.path("payload").has("updateId")).as("the payload as stored").isFalse();
        assertThat(completed.path("payload").has("expiresAt")).isFalse();
    }

    @Test
    void everyReadOfTheStoreGoesThroughTheUpcasters() {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Site", "s1", 3, "e1",
                Instant.now().toString(), "BackupStarted", "1", "{\"siteId\":\"s1\",\"backupId\":\"b1\"}"
                .getBytes(StandardCharsets.UTF_8), METADATA.getBytes(StandardCharsets.UTF_8));
        List<IntermediateEventRepresentation> read = axon.upcasterChain()
                .upcast(Stream.of(new InitialEventRepresentation(stored, axon.eventSerializer()))).toList();
        assertThat(read).singleElement().satisfies(event -> assertThat(event.getType().getRevision()).isEqualTo("2"));
    }

    private void store(String site, long sequence, String type, String payload) {
        jdbc.update("INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier,"
                        + " metaData, payload, payloadRevision, payloadType, timeStamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                site, sequence, "Site", UUID.randomUUID().toString(), METADATA.getBytes(StandardCharsets.UTF_8),
                payload.getBytes(StandardCharsets.UTF_8), "1", type, Instant.now().toString());
    }
}
