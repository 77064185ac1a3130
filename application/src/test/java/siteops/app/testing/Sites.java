package siteops.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The steps the end-to-end tests repeat: register a site, publish a version, wait for the read side. */
public final class Sites {

    private final Api api;

    public Sites(Api api) {
        this.api = api;
    }

    /** The organisations the demo users act for (application.yml), created unless they exist. */
    public void createDemoOrganisations() {
        createOrganisation("acme", "PARTNER", null);
        createOrganisation("globex", "PARTNER", null);
        createOrganisation("client", "CLIENT", "acme");
        createOrganisation("bistro", "CLIENT", "acme");
        createOrganisation("initech", "CLIENT", "globex");
    }

    /** Creates an organisation as operator (a partner when {@code partnerId} is null), unless it exists. */
    public void createOrganisation(String organisationId, String kind, String partnerId) {
        String partner = partnerId == null ? "null" : "\"" + partnerId + "\"";
        Api.Response response = api.post("operator", "/api/organisations", """
                {"organisationId": "%s", "name": "Organisation %s", "kind": "%s", "partnerId": %s}
                """.formatted(organisationId, organisationId, kind, partner));
        assertThat(response.status()).as(response.toString()).isIn(201, 409);
    }

    /** Registers a site as operator (publishing its version first) and answers its id. */
    public String register(String edition, String version, List<String> companies, String partnerId,
                           String clientId) {
        publish(version, "2020-01-01");
        String name = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String companiesJson = companies.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(","));
        Api.Response response = api.post("operator", "/api/sites", """
                {"name": "%s", "product": "Sage 100", "edition": "%s", "version": "%s", "plan": "Normal",
                 "type": "Staging", "timeZone": "Europe/Paris", "siteAdministration": true,
                 "serialNumber": "S-%s", "partnerId": "%s", "clientId": "%s", "companies": [%s]}
                """.formatted(name, edition, version, name, partnerId, clientId, companiesJson));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        String siteId = response.body().path("siteId").asText();
        awaitSite("operator", siteId, site -> true);
        return siteId;
    }

    public String register(String edition, String version, List<String> companies) {
        return register(edition, version, companies, "acme", "client");
    }

    /** Publishes a version of Sage 100, unless it already is. */
    public void publish(String version, String releasedOn) {
        Api.Response response = api.post("operator", "/api/versions", """
                {"product": "Sage 100", "version": "%s", "releasedOn": "%s", "kind": "FULL"}
                """.formatted(version, releasedOn));
        assertThat(response.status()).as(response.toString()).isIn(201, 409);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("operator", "/api/versions").body().findValuesAsText("version").contains(version));
    }

    public JsonNode awaitSite(String user, String siteId, Predicate<JsonNode> condition) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    Api.Response response = api.get(user, "/api/sites/" + siteId);
                    return response.status() == 200 ? response.body() : null;
                }, site -> site != null && condition.test(site));
    }

    public JsonNode awaitUpdate(String user, String location, Predicate<JsonNode> condition) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    Api.Response response = api.get(user, location);
                    return response.status() == 200 ? response.body() : null;
                }, update -> update != null && condition.test(update));
    }

    public Api.Response requestUpdate(String user, String siteId, String targetVersion) {
        return api.post(user, "/api/sites/" + siteId + "/updates",
                "{\"targetVersion\": \"" + targetVersion + "\"}");
    }

    public static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    public List<String> historyTypes(String user, String siteId) {
        JsonNode history = api.get(user, "/api/sites/" + siteId + "/history?size=100").body();
        List<String> oldestFirst = new ArrayList<>();
        history.path("items").forEach(entry -> oldestFirst.add(entry.path("type").asText()));
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }
}
