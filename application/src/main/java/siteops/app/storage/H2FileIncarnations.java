package siteops.app.storage;

import com.zaxxer.hikari.HikariDataSource;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import siteops.command.store.PerIncarnation;
import siteops.command.store.StoreIncarnation;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * The incarnations of the H2 file, and the gate through which the connection pool opens its
 * connections. H2 closes its database when it cannot write its file (a full disk), and the next
 * connection opens it again from the file, without the writes it had taken and not yet written:
 * a new incarnation, with less in it than the one before had. So:
 * <ul>
 * <li>a connection opens only to the incarnation in use; a new one opens only while siteops
 * allows it ({@link StoreRecovery}: while the event processors, whose positions in memory may be
 * ahead of the file, are stopped);</li>
 * <li>what the command side remembers of the store is kept per incarnation ({@link PerIncarnation});</li>
 * <li>a commit counts as durable only on the incarnation it was made on ({@link H2Checkpoints}).</li>
 * </ul>
 */
final class H2FileIncarnations implements StoreIncarnation {

    private static final Logger log = LoggerFactory.getLogger(H2FileIncarnations.class);

    private DataSource pool;
    private Database open;
    private long number = 1;
    private boolean reopeningAllowed;

    /** From now on the pool opens its connections through this gate. */
    void guard(HikariDataSource hikari) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(hikari.getJdbcUrl());
        h2.setUser(hikari.getUsername());
        h2.setPassword(hikari.getPassword());
        hikari.setDataSource(new Gate(h2));
        pool = hikari;
    }

    synchronized void allowReopening() {
        reopeningAllowed = true;
    }

    synchronized void forbidReopening() {
        reopeningAllowed = false;
    }

    /** The incarnation connections are opened to now. */
    synchronized long inUse() {
        return number;
    }

    /**
     * Within a transaction, the incarnation of its connection, through which the whole unit of
     * work reads and writes; otherwise, the one connections are opened to now.
     */
    @Override
    public long current() {
        if (!(TransactionSynchronizationManager.getResource(pool) instanceof ConnectionHolder)) {
            return inUse();
        }
        Connection connection = DataSourceUtils.getConnection(pool);
        try {
            return of(connection);
        } finally {
            DataSourceUtils.releaseConnection(connection, pool);
        }
    }

    long of(Connection connection) {
        Database database = databaseOf(connection);
        synchronized (this) {
            return database == open ? number : SUPERSEDED;
        }
    }

    private static Database databaseOf(Connection connection) {
        try {
            return ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("could not tell which H2 database a connection is to", e);
        }
    }

    private final class Gate extends DelegatingDataSource {

        Gate(DataSource h2) {
            super(h2);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return admitted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return admitted(super.getConnection(username, password));
        }

        private Connection admitted(Connection connection) throws SQLException {
            Database database = databaseOf(connection);
            synchronized (H2FileIncarnations.this) {
                if (database == open) {
                    return connection;
                }
                if (open == null || reopeningAllowed) {
                    if (open != null) {
                        number++;
                        log.warn("The H2 file was opened again (incarnation {}): the writes it had not yet put in"
                                + " its file when it closed are gone", number);
                    }
                    open = database;
                    return connection;
                }
            }
            connection.close();
            throw new SQLTransientConnectionException("The H2 file closed itself; it is opened again once the"
                    + " event processors have stopped");
        }
    }
}
