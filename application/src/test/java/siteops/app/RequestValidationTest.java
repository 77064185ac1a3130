package siteops.app;

import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;
import siteops.app.testing.RawHttp;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a clear problem+json answer, never a 500, and changes nothing. */
class RequestValidationTest extends ApplicationTest {

    private static final String VALID_SITE = """
            {"name": "VALID", "product": "Sage 100", "edition": "Premium", "version": "2020.3", "plan": "Normal",
             "type": "Staging", "timeZone": "Europe/Paris", "siteAdministration": true, "serialNumber": "V1",
             "partnerId": "acme", "clientId": "client", "companies": ["PAIE"]}
            """;

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.code()).isEqualTo(code);
        assertThat(response.body().path("status").asInt()).isEqualTo(status);
        assertThat(response.body().path("title").asText()).isNotBlank();
        assertThat(response.body().path("detail").asText()).isNotBlank();
        assertThat(response.body().path("type").asText()).isNotBlank();
        assertThat(response.raw().body()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void malformedJsonIsA400() {
        Api.Response response = api.post("operator", "/api/sites", "{\"name\": \"X\", ");
        assertProblem(response, 400, "INVALID_REQUEST");
        assertThat(response.body().path("detail").asText()).contains("malformed JSON");
    }

    @Test
    void aMissingFieldIsNamed() {
        Api.Response response = api.post("operator", "/api/sites", VALID_SITE.replace("\"serialNumber\": \"V1\",", ""));
        assertProblem(response, 400, "INVALID_REQUEST");
        assertThat(response.body().path("detail").asText()).contains("serialNumber");
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("serialNumber");
    }

    @Test
    void anIllTypedFieldIsNamed() {
        Api.Response response = api.post("operator", "/api/sites",
                VALID_SITE.replace("\"siteAdministration\": true", "\"siteAdministration\": \"yes\""));
        assertProblem(response, 400, "INVALID_REQUEST");
        assertThat(response.body().path("detail").asText()).startsWith("siteAdministration");
    }

    @Test
    void aVersionGivenAsANumberIsRefusedNotRounded() {
        String siteId = sites.register("Premium", "2020.3", List.of());
        Api.Response response = api.post("acme", "/api/sites/" + siteId + "/updates", "{\"targetVersion\": 2021.10}");
        assertProblem(response, 400, "INVALID_REQUEST");
        assertThat(response.body().path("detail").asText()).startsWith("targetVersion");
    }

    @Test
    void anUnknownEditionListsTheKnownOnes() {
        Api.Response response = api.post("operator", "/api/sites",
                VALID_SITE.replace("\"edition\": \"Premium\"", "\"edition\": \"Gold\""));
        assertProblem(response, 400, "INVALID_REQUEST");
        assertThat(response.body().path("detail").asText()).contains("Essentials", "Premium");
    }

    @Test
    void domainChecksOfARegistrationAre400s() {
        assertProblem(api.post("operator", "/api/sites", VALID_SITE.replace("Europe/Paris", "Mars/Olympus")),
                400, "INVALID_REQUEST");
        assertProblem(api.post("operator", "/api/sites", VALID_SITE.replace("\"2020.3\"", "\"latest\"")),
                400, "INVALID_REQUEST");
        assertProblem(api.post("operator", "/api/sites", VALID_SITE.replace("Sage 100", "Sage 200")),
                400, "INVALID_REQUEST");
        assertProblem(api.post("operator", "/api/sites", VALID_SITE.replace("[\"PAIE\"]", "[\"PAIE\", \"PAIE\"]")),
                400, "INVALID_REQUEST");
    }

    @Test
    void anUnknownFieldIsNamed() {
        Api.Response response = api.post("operator", "/api/sites", VALID_SITE.replace("\"plan\"", "\"status\": \"Ready\", \"plan\""));
        assertProblem(response, 400, "INVALID_REQUEST");
        assertThat(response.body().path("detail").asText()).isEqualTo("status: unknown field");
    }

    @Test
    void anEmptyBodyIsA400() {
        assertProblem(api.post("operator", "/api/sites", ""), 400, "INVALID_REQUEST");
        assertProblem(api.post("operator", "/api/sites", "[]"), 400, "INVALID_REQUEST");
    }

    @Test
    void badPagingAndFiltersAre400s() {
        assertProblem(api.get("acme", "/api/sites?page=0"), 400, "INVALID_REQUEST");
        assertProblem(api.get("acme", "/api/sites?size=101"), 400, "INVALID_REQUEST");
        assertProblem(api.get("acme", "/api/sites?page=abc"), 400, "INVALID_REQUEST");
        assertProblem(api.get("acme", "/api/sites?status=Broken"), 400, "INVALID_REQUEST");
    }

    @Test
    void anUnknownSiteIsA404() {
        assertProblem(api.get("acme", "/api/sites/00000000-0000-0000-0000-000000000000"), 404, "SITE_NOT_FOUND");
        assertProblem(api.get("acme", "/api/sites/not-a-site-id"), 404, "SITE_NOT_FOUND");
        assertProblem(api.post("acme", "/api/sites/00000000-0000-0000-0000-000000000000/updates",
                "{\"targetVersion\": \"2021.3\"}"), 404, "SITE_NOT_FOUND");
        assertProblem(api.post("acme", "/api/sites/version:Sage 100/2021.3/updates".replace(" ", "%20"),
                "{\"targetVersion\": \"2021.3\"}"), 404, "NOT_FOUND");
        assertProblem(api.post("operator", "/api/sites/version%3ASage%20100/product-migrations",
                "{\"targetEdition\": \"Premium\"}"), 404, "SITE_NOT_FOUND");
    }

    @Test
    void anUnknownUpdateOfAKnownSiteIsA404() {
        String siteId = sites.register("Premium", "2020.3", List.of());
        assertProblem(api.get("acme", "/api/sites/" + siteId + "/updates/no-such-update"), 404, "UPDATE_NOT_FOUND");
    }

    @Test
    void withoutCredentialsEveryRouteIsA401() {
        Api.Response response = api.get(null, "/api/sites");
        assertProblem(response, 401, "UNAUTHENTICATED");
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertProblem(api.post(null, "/api/versions", "{}"), 401, "UNAUTHENTICATED");
        assertProblem(api.send(api.request(null, "/api/sites").header("Authorization", "Basic Zm9vOmJhcg==")
                .GET()), 401, "UNAUTHENTICATED");
    }

    @Test
    void theWrongMethodOrMediaTypeIsAProblemToo() {
        assertProblem(api.delete("acme", "/api/sites"), 405, "METHOD_NOT_ALLOWED");
        assertProblem(api.send(api.request("operator", "/api/sites").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello"))), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(api.get("acme", "/api/no-such-route"), 404, "NOT_FOUND");
    }

    /** On a connection of its own: an answer given before the body is read closes the connection. */
    @Test
    void aCompressedBodyIsRefusedRatherThanReadAsJson() throws IOException {
        String body = "{\"targetEdition\": \"Premium\"}";
        String answer = RawHttp.send(port(), "POST /api/sites/" + UUID.randomUUID() + "/product-migrations HTTP/1.1\r\n"
                + "Host: localhost\r\nAuthorization: Basic YWNtZTphY21l\r\nContent-Type: application/json\r\n"
                + "Content-Encoding: gzip\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(answer).as(answer).startsWith("HTTP/1.1 415").contains("application/problem+json")
                .contains("\"code\":\"UNSUPPORTED_MEDIA_TYPE\"");
    }

    @Test
    void onlyOperatorsPublishVersionsAndInjectFaults() {
        assertProblem(api.post("acme", "/api/versions",
                "{\"product\": \"Sage 100\", \"version\": \"2030.1\", \"releasedOn\": \"2030-01-01\", \"kind\": \"FULL\"}"),
                403, "FORBIDDEN");
        assertProblem(api.post("acme", "/api/simulator/faults", "{\"siteId\": \"x\", \"company\": \"y\"}"),
                403, "FORBIDDEN");
        assertProblem(api.post("client", "/api/sites", VALID_SITE), 403, "FORBIDDEN");
        assertProblem(api.post("globex", "/api/sites", VALID_SITE), 403, "FORBIDDEN");
    }

    @Test
    void aFieldGivenTwiceIsA400NotAGuess() {
        String siteId = sites.register("Premium", "2020.3", List.of());
        Api.Response response = api.post("acme", "/api/sites/" + siteId + "/updates",
                "{\"targetVersion\": \"2021.3\", \"targetVersion\": \"2022.1\"}");
        assertProblem(response, 400, "INVALID_REQUEST");
        assertThat(response.body().path("detail").asText()).startsWith("malformed JSON at line 1").contains("targetVersion' appears twice");
    }

    @Test
    void aDateWithATimeIsNotADate() {
        Api.Response response = api.post("operator", "/api/versions",
                "{\"product\": \"Sage 100\", \"version\": \"2030.2\", \"releasedOn\": \"2030-05-01T00:00:00Z\", "
                        + "\"kind\": \"FULL\"}");
        assertProblem(response, 400, "INVALID_REQUEST");
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("releasedOn");
    }

    @Test
    void aDateHasAYearOfFourDigits() {
        for (String date : List.of("+99999-01-01", "-2030-05-01", "30-05-01", "2030-5-1")) {
            Api.Response response = api.post("operator", "/api/versions",
                    "{\"product\": \"Sage 100\", \"version\": \"2030.3\", \"releasedOn\": \"" + date + "\", "
                            + "\"kind\": \"FULL\"}");
            assertProblem(response, 400, "INVALID_REQUEST");
            assertThat(response.body().path("errors").get(0).path("field").asText()).as(date).isEqualTo("releasedOn");
        }
    }

    @Test
    void aWeakEntityTagNeverMatches() {
        String siteId = sites.register("Essentials", "2020.3", List.of());
        assertProblem(api.post("acme", "/api/sites/" + siteId + "/product-migrations",
                "{\"targetEdition\": \"Premium\"}", Map.of("If-Match", "W/\"0\"")), 400, "INVALID_REQUEST");
    }

    @Test
    void answersOfAnotherTypeThanJsonAreNotAcceptable() {
        String siteId = sites.register("Essentials", "2020.3", List.of());
        assertProblem(api.send(api.request("acme", "/api/sites/" + siteId).header("Accept", "application/xml").GET()),
                406, "NOT_ACCEPTABLE");
        assertProblem(api.send(api.request("acme", "/api/sites/" + siteId)
                .header("Accept", "application/problem+json").GET()), 406, "NOT_ACCEPTABLE");
    }

    @Test
    void requestsTheServerRefusesBeforeAnyRouteAreProblemsToo() throws Exception {
        assertProblem(api.get("acme", "/api//sites"), 400, "INVALID_REQUEST");
        assertProblem(api.get("acme", "/api/sites;jsessionid=1"), 400, "INVALID_REQUEST");
        assertProblem(api.get("acme", "/api/sites/a%2Fb"), 400, "INVALID_REQUEST");
        String raw = RawHttp.get(port(), "/api/sites/%ZZ");
        assertThat(raw).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("INVALID_REQUEST");
    }

    @Test
    void aQueryStringThatDoesNotDecodeIsA400RatherThanIgnored() throws Exception {
        for (String query : List.of("after=%%%garbage", "status=Ready&q=50%", "size=20&%zz=1")) {
            String raw = RawHttp.send(port(), "GET /api/sites?" + query + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + Base64.getEncoder().encodeToString("acme:acme".getBytes(StandardCharsets.UTF_8))
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(raw).as(query).startsWith("HTTP/1.1 400").contains("application/problem+json")
                    .contains("INVALID_REQUEST").contains("percent-encoded").doesNotContain("Exception");
        }
        assertThat(api.get("acme", "/api/sites?q=%C3%A9t%C3%A9").status()).isEqualTo(200);
    }

    @Test
    void anEnumGivenAsANumberIsRefused() {
        Api.Response response = api.post("operator", "/api/sites",
                VALID_SITE.replace("\"edition\": \"Premium\"", "\"edition\": 1"));
        assertProblem(response, 400, "INVALID_REQUEST");
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("edition");
    }

    @Test
    void namesAreReadableText() {
        Api.Response controlCharacter = api.post("operator", "/api/sites",
                VALID_SITE.replace("\"VALID\"", "\"BAD\\u0000NAME\""));
        Api.Response padded = api.post("operator", "/api/sites", VALID_SITE.replace("\"VALID\"", "\" VALID \""));
        assertProblem(controlCharacter, 400, "INVALID_REQUEST");
        assertProblem(padded, 400, "INVALID_REQUEST");
        assertProblem(api.get("acme", "/api/sites?q=%00"), 400, "INVALID_REQUEST");
    }

    @Test
    void anUnknownMethodIsA405AndTheErrorPathIsNoRoute() {
        assertProblem(api.send(api.request("acme", "/api/sites").method("FOO", HttpRequest.BodyPublishers.noBody())),
                405, "METHOD_NOT_ALLOWED");
        assertProblem(api.get(null, "/error"), 404, "NOT_FOUND");
    }

    @Test
    void aBodyOfAWildcardTypeIsUnsupported() {
        for (String type : List.of("*/*", "application/*")) {
            assertProblem(api.send(api.request("acme", "/api/sites").header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(VALID_SITE))), 415, "UNSUPPORTED_MEDIA_TYPE");
        }
    }

    /**
     * The server closes the connection of a request whose body it did not read; it must say so in
     * the answer, or a client that keeps connections alive sends its next request into a closed one.
     */
    @Test
    void aRequestRefusedBeforeItsBodyIsReadIsAnsweredWithConnectionClose() {
        for (int attempt = 0; attempt < 200; attempt++) {
            Api.Response refused = api.send(api.request("acme", "/api/sites").header("Content-Type", "*/*")
                    .POST(HttpRequest.BodyPublishers.ofString(VALID_SITE)));
            assertProblem(refused, 415, "UNSUPPORTED_MEDIA_TYPE");
            assertThat(refused.header("Connection")).isEqualToIgnoringCase("close");
        }
    }

    /** Methods that no route serves, including those the servlet container handles itself. */
    @Test
    void aMethodNoRouteServesIsA405WithWhatTheRouteAllows() throws Exception {
        for (String method : List.of("TRACE", "PROPFIND", "BREW", "CONNECT")) {
            String answer = RawHttp.send(port(), method + " /api/sites HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic YWNtZTphY21l\r\nX-Echo: secret\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(answer).startsWith("HTTP/1.1 405").contains("application/problem+json")
                    .contains("\"code\":\"METHOD_NOT_ALLOWED\"").containsIgnoringCase("\nAllow:")
                    .doesNotContain("secret", "Exception");
            if (!method.equals("CONNECT")) {
                assertThat(answer).as(answer).containsPattern("(?i)\nAllow: [A-Z, ]*GET");
            }
        }
    }

    @Test
    void aTransferCodingTheServerDoesNotImplementIsNamedSo() throws Exception {
        String answer = RawHttp.send(port(), "POST /api/sites HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Basic YWNtZTphY21l\r\nTransfer-Encoding: gzip\r\nConnection: close\r\n\r\n");
        assertThat(answer).as(answer).startsWith("HTTP/1.1 501").contains("application/problem+json")
                .contains("\"code\":\"NOT_IMPLEMENTED\"");
    }

    @Test
    void theOpenApiDescriptionIsYaml() {
        assertThat(api.get(null, "/openapi.yaml").contentType()).startsWith("application/yaml");
    }

    @Test
    void anInvalidDateIsNamed() {
        Api.Response response = api.post("operator", "/api/versions",
                "{\"product\": \"Sage 100\", \"version\": \"2030.1\", \"releasedOn\": \"2030-13-45\", \"kind\": \"FULL\"}");
        assertProblem(response, 400, "INVALID_REQUEST");
        assertThat(response.body().path("detail").asText()).startsWith("releasedOn");
    }
}
