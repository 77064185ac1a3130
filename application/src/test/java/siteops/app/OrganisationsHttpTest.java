package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import siteops.app.testing.Api;
import siteops.app.testing.AtOnce;
import siteops.app.testing.ApplicationTest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Organisations are data: the operator creates partners, partners create their clients, and a
 * site is registered only for a client of its partner. The demo users plus {@code orphan}, a
 * partner user whose organisation does not exist.
 */
@TestPropertySource(properties = {
        "siteops.security.users[0].name=operator", "siteops.security.users[0].password={noop}operator",
        "siteops.security.users[0].role=OPERATOR",
        "siteops.security.users[1].name=acme", "siteops.security.users[1].password={noop}acme",
        "siteops.security.users[1].role=PARTNER", "siteops.security.users[1].organisation=acme",
        "siteops.security.users[2].name=globex", "siteops.security.users[2].password={noop}globex",
        "siteops.security.users[2].role=PARTNER", "siteops.security.users[2].organisation=globex",
        "siteops.security.users[3].name=client", "siteops.security.users[3].password={noop}client",
        "siteops.security.users[3].role=CLIENT", "siteops.security.users[3].organisation=client",
        "siteops.security.users[4].name=bistro", "siteops.security.users[4].password={noop}bistro",
        "siteops.security.users[4].role=CLIENT", "siteops.security.users[4].organisation=bistro",
        "siteops.security.users[5].name=initech", "siteops.security.users[5].password={noop}initech",
        "siteops.security.users[5].role=CLIENT", "siteops.security.users[5].organisation=initech",
        "siteops.security.users[6].name=orphan", "siteops.security.users[6].password={noop}orphan",
        "siteops.security.users[6].role=PARTNER", "siteops.security.users[6].organisation=orphan-partner"
})
class OrganisationsHttpTest extends ApplicationTest {

    private static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Response create(String user, String organisationId, String kind, String partnerId) {
        String partner = partnerId == null ? "" : ", \"partnerId\": \"" + partnerId + "\"";
        return api.post(user, "/api/organisations", "{\"organisationId\": \"" + organisationId
                + "\", \"name\": \"Name of " + organisationId + "\", \"kind\": \"" + kind + "\"" + partner + "}");
    }

    private Api.Response registerSite(String user, String partnerId, String clientId) {
        String name = uniqueId("ORG-SITE").toUpperCase();
        return api.post(user, "/api/sites", """
                {"name": "%s", "product": "Sage 100", "edition": "Premium", "version": "2020.3", "plan": "Normal",
                 "type": "Staging", "timeZone": "Europe/Paris", "siteAdministration": true,
                 "serialNumber": "%s", "partnerId": "%s", "clientId": "%s", "companies": ["A"]}
                """.formatted(name, name, partnerId, clientId));
    }

    private JsonNode awaitOrganisation(String user, String organisationId) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> api.get(user, "/api/organisations/" + organisationId),
                        response -> response.status() == 200).body();
    }

    private List<String> idsSeenBy(String user, String query) {
        return api.get(user, "/api/organisations?size=100" + query).body().path("items")
                .findValuesAsText("organisationId");
    }

    @Test
    void theOperatorCreatesAPartnerWhichCreatesItsClients() {
        String partner = uniqueId("partner");
        Api.Response created = create("operator", partner, "PARTNER", null);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/organisations/" + partner);
        assertThat(created.body().path("organisationId").asText()).isEqualTo(partner);
        JsonNode shown = awaitOrganisation("operator", partner);
        assertThat(shown.path("kind").asText()).isEqualTo("PARTNER");
        assertThat(shown.path("name").asText()).isEqualTo("Name of " + partner);
        assertThat(shown.path("partnerId").isNull()).isTrue();
        assertThat(shown.path("createdAt").asText()).endsWith("Z");

        sites.publish("2020.3", "2020-10-05");
        String client = uniqueId("client");
        assertThat(create("acme", client, "CLIENT", null).status()).isEqualTo(201);
        JsonNode acmeClient = awaitOrganisation("acme", client);
        assertThat(acmeClient.path("partnerId").asText()).isEqualTo("acme");
        assertThat(registerSite("acme", "acme", client).status()).isEqualTo(201);
        assertThat(idsSeenBy("acme", "&kind=CLIENT")).contains(client, "client", "bistro").doesNotContain("initech");
        assertThat(idsSeenBy("acme", "")).contains("acme").doesNotContain("globex", partner);
    }

    @Test
    void eachSeesOnlyItsOwnOrganisations() {
        assertThat(idsSeenBy("client", "")).containsExactly("client");
        assertThat(idsSeenBy("operator", "&kind=PARTNER")).contains("acme", "globex").doesNotContain("client");
        for (String hidden : List.of("globex", "initech", "no-such-organisation")) {
            Api.Response refused = api.get("acme", "/api/organisations/" + hidden);
            assertThat(refused.status()).as(hidden).isEqualTo(404);
            assertThat(refused.code()).isEqualTo("ORGANISATION_NOT_FOUND");
        }
        assertThat(api.get("client", "/api/organisations/acme").status()).isEqualTo(404);
        assertThat(api.get("client", "/api/organisations?kind=SOMETHING").status()).isEqualTo(400);
    }

    @Test
    void onlyTheOperatorCreatesPartnersAndAPartnerOnlyItsOwnClients() {
        assertForbidden(create("acme", uniqueId("partner"), "PARTNER", null));
        assertForbidden(create("acme", uniqueId("client"), "CLIENT", "globex"));
        assertForbidden(create("client", uniqueId("client"), "CLIENT", "acme"));
        Api.Response noPartner = create("operator", uniqueId("client"), "CLIENT", "no-such-partner");
        assertThat(noPartner.status()).isEqualTo(422);
        assertThat(noPartner.code()).isEqualTo("PARTNER_NOT_FOUND");
        Api.Response clientAsPartner = create("operator", uniqueId("client"), "CLIENT", "bistro");
        assertThat(clientAsPartner.code()).isEqualTo("PARTNER_NOT_FOUND");
    }

    private static void assertForbidden(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void anIdIsTakenOnceWhateverItsKindOrOwner() {
        for (String taken : List.of("acme", "globex", "initech")) {
            Api.Response refused = create("acme", taken, "CLIENT", null);
            assertThat(refused.status()).as(taken).isEqualTo(409);
            assertThat(refused.code()).isEqualTo("ORGANISATION_ALREADY_EXISTS");
        }
    }

    @Test
    void malformedRequestsAreRefusedNamingTheField() {
        for (String body : List.of(
                "{\"organisationId\": \"Upper\", \"name\": \"x\", \"kind\": \"CLIENT\"}",
                "{\"organisationId\": \"a b\", \"name\": \"x\", \"kind\": \"CLIENT\"}",
                "{\"organisationId\": \"ok\", \"name\": \" x\", \"kind\": \"CLIENT\"}",
                "{\"organisationId\": \"ok\", \"name\": \"x\"}",
                "{\"organisationId\": \"ok\", \"name\": \"x\", \"kind\": \"CLIENT\", \"extra\": 1}",
                "{\"organisationId\": \"ok\", \"name\": \"x\", \"kind\": \"PARTNER\", \"partnerId\": \"acme\"}")) {
            Api.Response refused = api.post("operator", "/api/organisations", body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("INVALID_REQUEST");
        }
    }

    @Test
    void aSiteIsRegisteredOnlyForAClientOfItsPartner() {
        sites.publish("2020.3", "2020-10-05");
        String onboarding = uniqueId("onboarding");
        for (String clientId : List.of("globex", "initech", onboarding)) {
            for (String user : List.of("acme", "operator")) {
                Api.Response refused = registerSite(user, "acme", clientId);
                assertThat(refused.status()).as(user + " for " + clientId).isEqualTo(422);
                assertThat(refused.code()).isEqualTo("CLIENT_NOT_FOUND");
                assertThat(refused.body().path("detail").asText()).isEqualTo("partner acme has no client " + clientId);
            }
        }
        assertThat(create("globex", onboarding, "CLIENT", null).status()).isEqualTo(201);
        assertThat(registerSite("globex", "globex", onboarding).status()).isEqualTo(201);
        assertThat(registerSite("acme", "acme", onboarding).status()).isEqualTo(422);
        assertThat(registerSite("acme", "acme", "acme").status()).as("a partner's own site").isEqualTo(201);
    }

    @Test
    void partnersRacingForOneIdGetOneWinnerAndOnlyTheWinnerRegistersSitesForIt() throws Exception {
        sites.publish("2020.3", "2020-10-05");
        String contested = uniqueId("contested");
        List<Callable<Api.Response>> creations = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String partner = i % 2 == 0 ? "acme" : "globex";
            creations.add(() -> create(partner, contested, "CLIENT", null));
        }
        List<Api.Response> answers = AtOnce.send(creations);
        assertThat(answers).extracting(Api.Response::status).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        String owner = awaitOrganisation("operator", contested).path("partnerId").asText();
        String other = owner.equals("acme") ? "globex" : "acme";

        List<Callable<Api.Response>> registrations = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String partner = i % 2 == 0 ? owner : other;
            registrations.add(() -> registerSite(partner, partner, contested));
        }
        List<Api.Response> registered = AtOnce.send(registrations);
        for (int i = 0; i < registered.size(); i++) {
            assertThat(registered.get(i).status()).as(registered.get(i).toString()).isEqualTo(i % 2 == 0 ? 201 : 422);
        }
    }

    @Test
    void aUserWhoseOrganisationDoesNotExistIsRefused() {
        Api.Response refused = api.get("orphan", "/api/sites");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("FORBIDDEN");
        assertThat(refused.body().path("detail").asText()).contains("orphan-partner");

        assertThat(create("operator", "orphan-partner", "PARTNER", null).status()).isEqualTo(201);
        assertThat(api.get("orphan", "/api/sites").status()).isEqualTo(200);
    }
}
