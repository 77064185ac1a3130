package siteops.app;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.SharedStores;
import siteops.app.testing.Sites;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A process that runs only the command side and one that runs only the query side
 * ({@code siteops.roles}), on the same stores: together they are one siteops; each answers only
 * its own side's routes.
 */
class ProcessRolesTest {

    private static SharedStores stores;
    private static Api onCommands;
    private static Api onQueries;

    @BeforeAll
    static void aCommandProcessAndAQueryProcess() {
        stores = new SharedStores();
        onCommands = stores.start("command", "--siteops.roles=command");
        onQueries = stores.start("query", "--siteops.roles=query");
    }

    @AfterAll
    static void stop() {
        stores.close();
    }

    @Test
    void anUpdateSentToTheCommandProcessIsSeenEndingOnTheQueryProcess() {
        new Sites(onCommands).createDemoOrganisations();
        Api.Response registered = onCommands.post("operator", "/api/versions", """
                {"product": "Sage 100", "version": "2020.3", "releasedOn": "2020-01-01", "kind": "FULL"}
                """);
        assertThat(registered.status()).isIn(201, 409);
        assertThat(onCommands.post("operator", "/api/versions", """
                {"product": "Sage 100", "version": "2021.3", "releasedOn": "2021-12-08", "kind": "FULL"}
                """).status()).isIn(201, 409);
        Api.Response site = onCommands.post("operator", "/api/sites", """
                {"name": "ROLES-1", "product": "Sage 100", "edition": "Premium", "version": "2020.3", "plan": "Normal",
                 "type": "Staging", "timeZone": "Europe/Paris", "siteAdministration": true,
                 "serialNumber": "R-1", "partnerId": "acme", "clientId": "client", "companies": ["A", "B"]}
                """);
        assertThat(site.status()).as(site.toString()).isEqualTo(201);
        String siteId = site.body().path("siteId").asText();
        Sites reads = new Sites(onQueries);
        reads.awaitSite("acme", siteId, s -> true);

        Api.Response update = onCommands.post("acme", "/api/sites/" + siteId + "/updates",
                "{\"targetVersion\": \"2021.3\"}");

        assertThat(update.status()).as(update.toString()).isEqualTo(202);
        reads.awaitSite("acme", siteId, s -> s.path("status").asText().equals("Ready")
                && s.path("version").asText().equals("2021.3"));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> onQueries.get("acme", "/api/sites").body()
                .path("items").findValuesAsText("siteId").contains(siteId));
    }

    @Test
    void eachProcessAnswersOnlyTheRoutesOfItsSide() {
        Api.Response readOnCommands = onCommands.get("operator", "/api/sites");
        Api.Response writeOnQueries = onQueries.post("operator", "/api/organisations",
                "{\"organisationId\": \"other\", \"name\": \"Other\", \"kind\": \"PARTNER\", \"partnerId\": null}");

        assertThat(readOnCommands.status()).isIn(404, 405);
        assertThat(readOnCommands.contentType()).isEqualTo("application/problem+json");
        assertThat(writeOnQueries.status()).isIn(404, 405);
        assertThat(writeOnQueries.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void aProcessWithAnUnknownRoleDoesNotStart() {
        assertThatThrownBy(() -> stores.start("reporting", "--siteops.roles=reporting"))
                .hasStackTraceContaining("siteops.roles names reporting; the roles are command, query");
    }
}
