package siteops.app.storage;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.springframework.dao.DataAccessResourceFailureException;
import siteops.command.web.CommitDurability;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Group commit for the H2 file: H2 writes committed transactions to its file in the background,
 * every half second, unless told to write now ({@code CHECKPOINT}). A caller about to answer a
 * command waits for one checkpoint that started after its commit; callers arriving while a
 * checkpoint runs share the next one. So answered commands survive a kill -9, and a burst of
 * them costs a few writes of the file rather than one each. A checkpoint covers only the
 * commits made on the incarnation of the file it writes ({@link H2FileIncarnations}): commits
 * made on one that has closed since are refused as not durable, whatever the file says now.
 */
class H2Checkpoints implements CommitDurability {

    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

    private final DataSource dataSource;
    private final H2FileIncarnations incarnations;
    private final Object lock = new Object();
    private long lastTicket;
    private long durableIncarnation;
    private long durableUpTo;
    private boolean checkpointRunning;

    H2Checkpoints(DataSource dataSource, H2FileIncarnations incarnations) {
        this.dataSource = dataSource;
        this.incarnations = incarnations;
    }

    @Override
    public Commits begin() {
        long incarnation = incarnations.inUse();
        return () -> awaitDurable(incarnation);
    }

    private void awaitDurable(long incarnation) {
        long ticket;
        synchronized (lock) {
            ticket = ++lastTicket;
            while (!isCovered(ticket, incarnation) && checkpointRunning) {
                waitForCheckpoint();
            }
            if (isCovered(ticket, incarnation)) {
                return;
            }
            checkpointRunning = true;
        }
        long covered;
        synchronized (lock) {
            covered = lastTicket;
        }
        try {
            checkpoint(incarnation);
            synchronized (lock) {
                durableUpTo = durableIncarnation == incarnation ? Math.max(durableUpTo, covered) : covered;
                durableIncarnation = incarnation;
            }
        } finally {
            synchronized (lock) {
                checkpointRunning = false;
                lock.notifyAll();
            }
        }
    }

    private boolean isCovered(long ticket, long incarnation) {
        return durableIncarnation == incarnation && durableUpTo >= ticket;
    }

    private void waitForCheckpoint() {
        try {
            lock.wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the events to reach the disk", e);
        }
    }

    /**
     * H2's own {@code CHECKPOINT} writes nothing when its background writer is writing at that
     * moment, although that write may have started before the commit it must cover; so the store
     * is asked directly, until a write of its own has happened. Its writes are done in order, so
     * its own write done means the background writer's earlier one is too. When the background
     * writer has left nothing to write, a setting is rewritten unchanged to give the store a write
     * of its own to make. A store that failed to write (a full disk), or that cannot write within
     * {@link #WRITE_TIMEOUT}, or that is not the incarnation the commits were made on, refuses,
     * and the command is not answered as done.
     */
    private void checkpoint(long incarnation) {
        try (Connection connection = dataSource.getConnection()) {
            if (incarnations.of(connection) != incarnation) {
                throw new DataAccessResourceFailureException("the H2 file closed and was opened again since these"
                        + " commits: they may be lost");
            }
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession())
                    .getDatabase().getStore().getMvStore();
            long deadline = System.nanoTime() + WRITE_TIMEOUT.toNanos();
            while (!store.isClosed() && store.commit() < 0) {
                if (System.nanoTime() > deadline) {
                    throw new DataAccessResourceFailureException("the H2 file could not be written within "
                            + WRITE_TIMEOUT.toSeconds() + " s");
                }
                if (!store.hasUnsavedChanges()) {
                    store.setStoreVersion(store.getStoreVersion());
                } else {
                    LockSupport.parkNanos(100_000);
                }
            }
            if (store.isClosed()) {
                throw new DataAccessResourceFailureException("the H2 file is closed", store.getPanicException());
            }
        } catch (SQLException | MVStoreException e) {
            throw new DataAccessResourceFailureException("could not write the H2 file", e);
        }
    }
}
