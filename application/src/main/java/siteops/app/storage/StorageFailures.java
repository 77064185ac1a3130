package siteops.app.storage;

import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Which failures mean that the relational store (events, sagas, deadlines, idempotency records)
 * cannot be written now, as opposed to a fault of one request: its disk is full, its database
 * closed itself, or no connection can be had. They are answered 503 and wait for the store to be
 * back ({@link EventStoreAvailability}).
 */
public final class StorageFailures {

    /** H2 closes its database when it cannot write its file, and says so with these codes from then on. */
    private static final Set<Integer> H2_STORE_UNAVAILABLE = Set.of(ErrorCode.DATABASE_IS_CLOSED,
            ErrorCode.DATABASE_CALLED_AT_SHUTDOWN, ErrorCode.IO_EXCEPTION_1,
            ErrorCode.IO_EXCEPTION_2, ErrorCode.FILE_CORRUPTED_1);
    /** SQL states of a connection lost (08), of a server out of resources, a full disk among them (53), of a shutdown (57P). */
    private static final Set<String> UNAVAILABLE_SQL_STATE_PREFIXES = Set.of("08", "53", "57P");

    /**
     * Axon re-throws some storage failures with the original exception in its message only (a
     * failed write of a new aggregate's first event reads as "Cannot reuse aggregate identifier",
     * its cause a general SQL error): these are H2's own words for its store failing.
     */
    private static final Set<String> STORE_FAILURE_WORDING = Set.of("MVStoreException", "No space left on device",
            "The database has been closed");

    private StorageFailures() {
    }

    public static boolean isStorageFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MVStoreException || cause instanceof SQLTransientConnectionException
                    || cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
            if (cause instanceof SQLException sql && (H2_STORE_UNAVAILABLE.contains(sql.getErrorCode())
                    || sql.getSQLState() != null
                    && UNAVAILABLE_SQL_STATE_PREFIXES.stream().anyMatch(sql.getSQLState()::startsWith))) {
                return true;
            }
            if (cause instanceof IOException io && io.getMessage() != null
                    && io.getMessage().contains("No space left on device")) {
                return true;
            }
            if (cause.getMessage() != null && STORE_FAILURE_WORDING.stream().anyMatch(cause.getMessage()::contains)) {
                return true;
            }
        }
        return false;
    }
}
