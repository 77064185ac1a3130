package siteops.app;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names, serial numbers and ids that hide characters, or that only look like another, are refused
 * (400) or are the other (409): invisible, control and separator characters of all Unicode, not
 * only ASCII's, and names and serial numbers compared folded (case, width, compatibility forms).
 */
class LookalikeTextHttpTest extends ApplicationTest {

    /** Each trick, as a JSON string escape, around or inside a plain value. */
    private static final Map<String, String> TRICKS = Map.ofEntries(
            Map.entry("zero-width space", "A\\u200BB"),
            Map.entry("no-break space", "A\\u00A0B"),
            Map.entry("right-to-left override", "\\u202EAB"),
            Map.entry("next line", "A\\u0085B"),
            Map.entry("line separator", "A\\u2028B"),
            Map.entry("byte order mark", "\\uFEFFAB"),
            Map.entry("ideographic space", "A\\u3000B"),
            Map.entry("Hangul filler", "A\\u3164B"),
            Map.entry("leading space", " AB"),
            Map.entry("trailing space", "AB "),
            Map.entry("combining mark first", "\\u0301AB"),
            Map.entry("combining mark only", "\\u0301"));

    private String run;

    @BeforeEach
    void catalog() {
        sites.publish("2020.3", "2020-10-05");
        run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static String site(Map<String, String> fields) {
        Map<String, String> values = new HashMap<>(Map.of("name", "N", "plan", "Normal",
                "serialNumber", "S", "partnerId", "acme", "clientId", "client", "company", "PAIE"));
        values.putAll(fields);
        return """
                {"name": "%s", "product": "Sage 100", "edition": "Premium", "version": "2020.3", "plan": "%s",
                 "type": "Staging", "timeZone": "Europe/Paris", "siteAdministration": true, "serialNumber": "%s",
                 "partnerId": "%s", "clientId": "%s", "companies": ["%s"]}
                """.formatted(values.get("name"), values.get("plan"), values.get("serialNumber"),
                values.get("partnerId"), values.get("clientId"), values.get("company"));
    }

    private static String fullWidth(String ascii) {
        return ascii.codePoints().map(c -> c >= '!' && c <= '~' ? c + 0xFEE0 : c)
                .mapToObj(Character::toString).collect(Collectors.joining());
    }

    @Test
    void everyTextFieldRefusesEachTrickNamingTheField() {
        Map<String, String> fieldNames = Map.of("name", "name", "plan", "plan", "serialNumber", "serialNumber",
                "partnerId", "partnerId", "clientId", "clientId", "company", "companies[0]");
        fieldNames.forEach((field, reported) -> TRICKS.forEach((trick, text) -> {
            Api.Response refused = api.post("operator", "/api/sites", site(Map.of(field, text)));

            assertThat(refused.status()).as(field + " with a " + trick + ": " + refused).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("INVALID_REQUEST");
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().path("detail").asText()).as(field + ", " + trick).startsWith(reported + ": ");
            assertThat(refused.body().path("errors").findValuesAsText("field")).containsExactly(reported);
        }));
    }

    @Test
    void aBatchNamesTheSiteAndTheField() {
        Api.Response refused = api.post("operator", "/api/site-registrations",
                "{\"sites\": [" + site(Map.of("name", "OK-" + run, "serialNumber", "OK-" + run)) + ", "
                        + site(Map.of("name", "SAGE\\u200BCS")) + "]}");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body().path("errors").findValuesAsText("field")).containsExactly("sites[1].name");
    }

    @Test
    void aNameThatFoldsLikeARegisteredOneIsTaken() {
        Api.Response first = api.post("acme", "/api/sites",
                site(Map.of("name", "Straße-" + run, "serialNumber", "SN-A-" + run)));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        String firstId = first.body().path("siteId").asText();

        for (String lookalike : List.of("STRASSE-" + run, "strasse-" + run.toLowerCase(),
                fullWidth("STRASSE-" + run))) {
            Api.Response taken = api.post("globex", "/api/sites", site(Map.of("name", lookalike,
                    "serialNumber", "SN-B-" + run, "partnerId", "globex", "clientId", "initech")));

            assertThat(taken.status()).as(lookalike + ": " + taken).isEqualTo(409);
            assertThat(taken.code()).isEqualTo("SITE_ALREADY_REGISTERED");
            // what the caller sent, and nothing of the site that has the name
            assertThat(taken.body().path("detail").asText())
                    .isEqualTo("a site named " + lookalike + " is already registered");
            assertThat(taken.raw().body()).doesNotContain(firstId, "Straße", "acme", "\"client\"", "SN-A-");
        }
    }

    @Test
    void aFullWidthSerialNumberIsTheRegisteredOne() {
        String serial = "H" + run;
        Api.Response first = api.post("operator", "/api/sites", site(Map.of("name", "SERIAL-A-" + run,
                "serialNumber", serial)));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);

        Api.Response taken = api.post("operator", "/api/sites", site(Map.of("name", "SERIAL-B-" + run,
                "serialNumber", fullWidth(serial))));
        Api.Response takenInABatch = api.post("operator", "/api/site-registrations", "{\"sites\": ["
                + site(Map.of("name", "SERIAL-C-" + run, "serialNumber", fullWidth(serial.toLowerCase()))) + "]}");

        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("SITE_ALREADY_REGISTERED");
        assertThat(taken.body().path("detail").asText())
                .isEqualTo("serial number " + fullWidth(serial) + " is already registered");
        assertThat(takenInABatch.status()).as(takenInABatch.toString()).isEqualTo(409);
        assertThat(takenInABatch.body().path("detail").asText())
                .isEqualTo("sites[0]: serial number " + fullWidth(serial.toLowerCase()) + " is already registered");
    }

    /** U+FDFA, one character, folds to 18 letters: keys must stay within what the event store holds. */
    @Test
    void aNameOrSerialNumberFarLongerFoldedIsRefusedNamingTheField() {
        String ligatures = "\\uFDFA".repeat(15);
        for (String field : List.of("name", "serialNumber")) {
            Api.Response refused = api.post("operator", "/api/sites", site(Map.of(field, ligatures)));

            assertThat(refused.status()).as(field + ": " + refused).isEqualTo(400);
            assertThat(refused.code()).isEqualTo("INVALID_REQUEST");
            assertThat(refused.body().path("detail").asText()).startsWith(field + ": ");
        }
    }

    @Test
    void aSearchFindsASiteByItsFoldedNameOrSerialNumber() {
        Api.Response registered = api.post("operator", "/api/sites", site(Map.of("name", "Straße-" + run,
                "serialNumber", fullWidth("W" + run))));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String siteId = registered.body().path("siteId").asText();
        sites.awaitSite("operator", siteId, site -> true);

        for (String q : List.of("strasse-" + run, "W" + run.toLowerCase())) {
            assertThat(api.get("operator", "/api/sites?q=" + q).body().path("items").findValuesAsText("siteId"))
                    .as(q).containsExactly(siteId);
        }
    }
}
