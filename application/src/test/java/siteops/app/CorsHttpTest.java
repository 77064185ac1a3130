package siteops.app;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import siteops.app.testing.ApplicationTest;
import siteops.app.testing.RawHttp;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls from a browser page of another origin: allowed for the configured ones, their preflight
 * answered without credentials; refused as a problem for any other. This class has an application
 * of its own, with one allowed origin.
 */
@TestPropertySource(properties = "siteops.cors.allowed-origins=https://portal.example.com")
class CorsHttpTest extends ApplicationTest {

    private static final String PORTAL = "https://portal.example.com";
    private static final String CREDENTIALS = "Authorization: Basic "
            + Base64.getEncoder().encodeToString("acme:acme".getBytes(StandardCharsets.UTF_8)) + "\r\n";

    @Test
    void aConfiguredOriginsPreflightIsAnsweredWithoutCredentialsAndItsCallsExposeTheHeadersAFrontendReads()
            throws Exception {
        String preflight = RawHttp.send(port(), "OPTIONS /api/sites HTTP/1.1\r\nHost: localhost\r\nOrigin: " + PORTAL
                + "\r\nAccess-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: authorization, "
                + "content-type, idempotency-key\r\nConnection: close\r\n\r\n");
        assertThat(preflight).startsWith("HTTP/1.1 200").containsIgnoringCase("Access-Control-Allow-Origin: " + PORTAL)
                .containsIgnoringCase("Access-Control-Allow-Credentials: true")
                .containsIgnoringCase("Access-Control-Allow-Methods:").doesNotContain("WWW-Authenticate");

        String call = RawHttp.send(port(), "GET /api/sites HTTP/1.1\r\nHost: localhost\r\nOrigin: " + PORTAL + "\r\n"
                + CREDENTIALS + "Connection: close\r\n\r\n");
        assertThat(call).startsWith("HTTP/1.1 200").containsIgnoringCase("Access-Control-Allow-Origin: " + PORTAL)
                .containsIgnoringCase("Access-Control-Expose-Headers:").contains("ETag");
    }

    @Test
    void anotherOriginIsRefusedAsAProblem() throws Exception {
        String preflight = RawHttp.send(port(), "OPTIONS /api/sites HTTP/1.1\r\nHost: localhost\r\n"
                + "Origin: https://elsewhere.example\r\nAccess-Control-Request-Method: GET\r\nConnection: close\r\n\r\n");
        assertThat(preflight).startsWith("HTTP/1.1 403").contains("application/problem+json").contains("FORBIDDEN")
                .doesNotContainIgnoringCase("Access-Control-Allow-Origin");

        String call = RawHttp.send(port(), "GET /api/sites HTTP/1.1\r\nHost: localhost\r\n"
                + "Origin: https://elsewhere.example\r\n" + CREDENTIALS + "Connection: close\r\n\r\n");
        assertThat(call).startsWith("HTTP/1.1 403").contains("application/problem+json")
                .contains("cross-origin request is not allowed");
    }
}
