package siteops.app;

import org.junit.jupiter.api.Test;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;
import siteops.app.testing.RawHttp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A request body is at most 2 MiB, which the largest body a client needs is far from. */
class RequestBodyLimitsTest extends ApplicationTest {

    private static final int LIMIT = 2 * 1024 * 1024;
    private static final String ACME = "Basic YWNtZTphY21l";

    /** Every text of a registration at its longest, a dozen companies a site. */
    private static String longestSite(int number, String version) {
        String name = "%-100s".formatted("SITE-" + number).replace(' ', 'N');
        String companies = IntStream.range(0, 12).mapToObj(c -> "\"" + "%-20s".formatted("COMPANY-" + c)
                .replace(' ', 'C') + "\"").collect(Collectors.joining(","));
        return """
                {"name": "%1$s", "product": "Sage 100", "edition": "Essentials", "version": "%2$s",
                 "plan": "%3$s", "type": "Staging", "timeZone": "America/Argentina/ComodRivadavia",
                 "siteAdministration": false, "serialNumber": "%4$s", "partnerId": "acme",
                 "clientId": "%5$s", "companies": [%6$s]}
                """.formatted(name, version, "P".repeat(100), "S" + name.substring(1), "c".repeat(100), companies);
    }

    @Test
    void theLargestBatchOfRegistrationsIsReadWhole() {
        String batch = IntStream.range(0, 1000)
                .mapToObj(number -> longestSite(number, number == 999 ? "latest" : "2020.3"))
                .collect(Collectors.joining(",", "{\"sites\": [", "]}"));
        assertThat(batch.length()).isBetween(LIMIT / 4, LIMIT);

        Api.Response answer = api.post("acme", "/api/site-registrations", batch, Map.of("Idempotency-Key", "largest"));

        // Refused for its last site's version, which only reading it to the end can tell.
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo("sites[999].version");
    }

    @Test
    void aBodyAnnouncedOverTheLimitIsRefusedBeforeItIsSent() throws IOException {
        String answer = RawHttp.send(port(), "POST /api/site-registrations HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: " + ACME + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (LIMIT + 1) + "\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
    }

    @Test
    void aChunkedBodyIsRefusedOnceItGoesOverTheLimit() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return "not answered: " + e;
                }
            });
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/site-registrations HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ACME
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = ("10000\r\n" + " ".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            for (int sent = 0; sent <= LIMIT; sent += 0x10000) {
                out.write(chunk);
            }
            out.flush();

            assertThat(answer.get(15, TimeUnit.SECONDS)).startsWith("HTTP/1.1 413")
                    .contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
        }
    }

    /** No packet within the server's connection timeout (5 s): the request is over. */
    @Test
    void aBodyThatStopsComingIsA408() throws IOException {
        String answer = RawHttp.send(port(), "POST /api/sites HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ACME
                + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"name\": ", Duration.ofSeconds(30));

        assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json")
                .contains("\"code\":\"REQUEST_TIMEOUT\"");
    }

    /** The answer is all there is: the connection closes after it, rather than wait for the body. */
    @Test
    void aBodyThatIsNotReadIsNotWaitedFor() throws IOException {
        // No credentials: refused on the headers; the 100,000 bytes announced are never sent.
        String answer = RawHttp.send(port(), "POST /api/sites HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 401").contains("\"code\":\"UNAUTHENTICATED\"");
    }
}
