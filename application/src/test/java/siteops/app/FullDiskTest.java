package siteops.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;
import siteops.app.testing.FullDiskFileSystem;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data directory's disk fills up, then has space again: writes are refused for as long as it
 * is full (503 STORAGE_UNAVAILABLE), reads keep being served, health says so, and the service
 * comes back by itself, having lost nothing it acknowledged.
 */
class FullDiskTest extends ApplicationTest {

    private static final Path DATA_DIR = newDataDir();

    static {
        FullDiskFileSystem.install();
    }

    @DynamicPropertySource
    static void fillingDisk(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> "jdbc:h2:fulldisk:" + DATA_DIR.resolve("siteops") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    @AfterEach
    void freeTheDisk() {
        FullDiskFileSystem.free();
    }

    private Api.Response publish(String version) {
        return api.post("operator", "/api/versions", """
                {"product": "Sage 100", "version": "%s", "releasedOn": "2031-01-01", "kind": "FULL"}
                """.formatted(version));
    }

    @Test
    void writesWaitForSpaceReadsGoOnAndARetryWithTheSameKeySettlesTheWriteTheDiskFailedUnder() {
        sites.publish("2021.3", "2021-12-08");
        String site = sites.register("Premium", "2020.3", List.of("A"));
        assertThat(api.get("acme", "/api/sites/" + site).status()).isEqualTo(200);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String version = "{\"product\": \"Sage 100\", \"version\": \"2031.1\", \"releasedOn\": \"2031-01-01\", "
                + "\"kind\": \"FULL\"}";

        FullDiskFileSystem.fill();
        Api.Response failedUnder = api.post("operator", "/api/versions", version, key);
        assertThat(failedUnder.status()).as(failedUnder.toString()).isEqualTo(503);
        assertThat(failedUnder.code()).isEqualTo("STORAGE_UNAVAILABLE");
        assertThat(failedUnder.header("Retry-After")).isNotNull();
        for (String refusedVersion : List.of("2031.2", "2031.3")) {
            Api.Response refused = publish(refusedVersion);
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.code()).isEqualTo("STORAGE_UNAVAILABLE");
            assertThat(refused.body().path("detail").asText()).contains("nothing was changed");
        }
        assertThat(sites.requestUpdate("acme", site, "2021.3").code()).isEqualTo("STORAGE_UNAVAILABLE");
        Api.Response read = api.get("acme", "/api/sites/" + site);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(api.get("acme", "/api/sites").status()).isEqualTo(200);
        Api.Response health = api.get(null, "/actuator/health");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.body().path("status").asText()).isEqualTo("DOWN");

        FullDiskFileSystem.free();
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.get(null, "/actuator/health").status() == 200);
        Api.Response retry = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.post("operator", "/api/versions", version, key),
                        answer -> !"REQUEST_IN_PROGRESS".equals(answer.code()));
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("operator", "/api/versions").body().findValuesAsText("version").contains("2031.1"));
        assertThat(api.get("operator", "/api/versions").body().findValuesAsText("version"))
                .filteredOn("2031.1"::equals).hasSize(1);

        Api.Response accepted = sites.requestUpdate("acme", site, "2021.3");
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        JsonNode updated = sites.awaitSite("acme", site, s -> s.path("version").asText().equals("2021.3")
                && s.path("status").asText().equals("Ready"));
        assertThat(updated.path("currentUpdate").isNull()).isTrue();
    }

    @Test
    void anUpdateRequestedAsTheDiskFillsIsSettledByItsKeyAndRunsToItsEnd() {
        sites.publish("2021.3", "2021-12-08");
        String site = sites.register("Premium", "2020.3", List.of("A"));
        assertThat(api.get("acme", "/api/sites/" + site).status()).isEqualTo(200);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String update = "{\"targetVersion\": \"2021.3\"}";

        FullDiskFileSystem.fill();
        Api.Response failedUnder = api.post("acme", "/api/sites/" + site + "/updates", update, key);
        assertThat(failedUnder.status()).as(failedUnder.toString()).isEqualTo(503);
        assertThat(failedUnder.code()).isEqualTo("STORAGE_UNAVAILABLE");
        FullDiskFileSystem.free();

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.get(null, "/actuator/health").status() == 200);
        Api.Response retry = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.post("acme", "/api/sites/" + site + "/updates", update, key),
                        answer -> !"REQUEST_IN_PROGRESS".equals(answer.code()));
        assertThat(retry.status()).as(retry.toString()).isEqualTo(202);
        JsonNode updated = sites.awaitSite("acme", site, s -> s.path("version").asText().equals("2021.3")
                && s.path("status").asText().equals("Ready"));
        assertThat(updated.path("currentUpdate").isNull()).isTrue();
        assertThat(sites.historyTypes("acme", site)).filteredOn("UpdateRequested"::equals).hasSize(1);
        assertThat(api.get("acme", "/api/sites/" + site + "/updates/" + retry.body().path("updateId").asText())
                .body().path("phase").asText()).isEqualTo("COMPLETED");
    }
}
