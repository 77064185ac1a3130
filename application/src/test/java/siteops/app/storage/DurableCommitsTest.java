package siteops.app.storage;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import siteops.app.testing.ApplicationTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On PostgreSQL every connection of the service commits durably, even where the server's default
 * says otherwise: the test server is told to commit asynchronously by default first.
 */
class DurableCommitsTest extends ApplicationTest {

    @Autowired
    private DataSource dataSource;
    @Value("${spring.datasource.url}")
    private String url;

    @Test
    void everyConnectionToPostgresqlCommitsDurably() throws Exception {
        assumeTrue(RelationalEngine.of(url) == RelationalEngine.POSTGRESQL, "the events are not in PostgreSQL in this run");
        String database = alter("SET synchronous_commit TO off");
        try {
            dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
            for (int attempt = 0; attempt < 20; attempt++) {
                try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                     ResultSet setting = statement.executeQuery("SHOW synchronous_commit")) {
                    setting.next();
                    assertThat(setting.getString(1)).as("a connection to %s", database).isEqualTo("on");
                }
            }
        } finally {
            alter("RESET synchronous_commit");
        }
    }

    /** Changes the default of the service's database for the sessions opened from now on. */
    private String alter(String change) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE " + connection.getCatalog() + " " + change);
            return connection.getCatalog();
        }
    }
}
