package siteops.app.storage;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import siteops.app.SiteopsApplication;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;
import siteops.app.testing.Sites;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A relational store made before its schema was migrated by Flyway (the tables the start script
 * of earlier versions made, no history of migrations) is taken as at version 1 and used as it is.
 */
class StoreMadeBeforeFlywayTest {

    @Test
    void aStoreMadeByTheEarlierStartScriptIsTakenAsAtVersionOne() throws SQLException {
        Path dataDir = ApplicationTest.newDataDir();
        String url = "jdbc:h2:file:" + dataDir.resolve("siteops");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM 'classpath:/schema-before-flyway.sql'");
        }

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SiteopsApplication.class).run(
                "--server.port=0", "--siteops.data-dir=" + dataDir, "--siteops.demo.enabled=false")) {
            Sites sites = new Sites(new Api(((WebServerApplicationContext) context).getWebServer().getPort()));
            sites.createDemoOrganisations();
            String siteId = sites.register("Premium", "2020.3", List.of("PAIE"));
            assertThat(sites.awaitSite("operator", siteId, site -> true).path("status").asText()).isEqualTo("Ready");
        }

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet history = statement.executeQuery(
                     "SELECT \"version\", \"type\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL"
                             + " ORDER BY \"installed_rank\"")) {
            List<String> rows = new ArrayList<>();
            while (history.next()) {
                rows.add(history.getString(1) + " " + history.getString(2));
            }
            assertThat(rows).as("taken as at version 1, no migration run over the tables that were there; the later ones run")
                    .containsExactly("1 BASELINE", "2 SQL");
        }
    }
}
