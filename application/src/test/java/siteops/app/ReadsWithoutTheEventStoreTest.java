package siteops.app;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import siteops.app.testing.Api;
import siteops.app.testing.ApplicationTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads are answered from the read models alone: they need no connection to the relational store. */
class ReadsWithoutTheEventStoreTest extends ApplicationTest {

    @Autowired
    private DataSource dataSource;

    @Test
    void readsAreServedWhileEveryConnectionToTheEventStoreIsTaken() throws Exception {
        String siteId = sites.register("Premium", "2020.3", List.of("A"));
        HikariDataSource pool = (HikariDataSource) dataSource;
        List<Connection> taken = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                taken.add(pool.getConnection());
            }
            long start = System.nanoTime();
            Api.Response site = api.get("acme", "/api/sites/" + siteId);
            Api.Response list = api.get("acme", "/api/sites");
            Api.Response history = api.get("acme", "/api/sites/" + siteId + "/history");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;

            assertThat(site.status()).as(site.toString()).isEqualTo(200);
            assertThat(list.status()).isEqualTo(200);
            assertThat(history.status()).isEqualTo(200);
            assertThat(seconds).as("reads did not wait for the pool's timeout").isLessThan(20);
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }
    }
}
