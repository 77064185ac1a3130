package siteops.app.storage;

import org.springframework.dao.DataAccessResourceFailureException;
import siteops.command.web.CommitDurability;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Group commit for the H2 file: H2 writes committed transactions to its file in the background,
 * every half second, unless told to write now ({@code CHECKPOINT}). A caller about to answer a
 * command waits for one checkpoint that started after its commit; callers arriving while a
 * checkpoint runs share the next one. So answered commands survive a kill -9, and a burst of
 * them costs a few writes of the file rather than one each.
 */
class H2Checkpoints implements CommitDurability {

    private final DataSource dataSource;
    private final Object lock = new Object();
    private long lastTicket;
    private long durableUpTo;
    private boolean checkpointRunning;

    H2Checkpoints(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void awaitDurable() {
        long ticket;
        synchronized (lock) {
            ticket = ++lastTicket;
            while (durableUpTo < ticket && checkpointRunning) {
                waitForCheckpoint();
            }
            if (durableUpTo >= ticket) {
                return;
            }
            checkpointRunning = true;
        }
        long covered;
        synchronized (lock) {
            covered = lastTicket;
        }
        try {
            checkpoint();
            synchronized (lock) {
                durableUpTo = Math.max(durableUpTo, covered);
            }
        } finally {
            synchronized (lock) {
                checkpointRunning = false;
                lock.notifyAll();
            }
        }
    }

    private void waitForCheckpoint() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the events to reach the disk", e);
        }
    }

    private void checkpoint() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("could not write the H2 file", e);
        }
    }
}
