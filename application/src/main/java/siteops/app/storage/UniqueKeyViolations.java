package siteops.app.storage;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Which failures of a write are two writers racing for the same key: in the event store, two
 * processes appending the same sequence number of one aggregate (Axon then reports a concurrency
 * conflict, answered 409 {@code CONCURRENT_MODIFICATION}, instead of a failure of the store). Axon's
 * own resolver looks for {@link SQLIntegrityConstraintViolationException} among the causes, which
 * misses PostgreSQL's (SQL state 23505 on a plain {@link SQLException}) and any violation reported
 * by a batch, whose cause is the batch's exception and the violation its next exception.
 */
@Component
public class UniqueKeyViolations implements PersistenceExceptionResolver {

    private static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isUniqueViolation(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUniqueViolation(SQLException first) {
        for (SQLException sql = first; sql != null; sql = sql.getNextException()) {
            if (sql instanceof SQLIntegrityConstraintViolationException || UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
