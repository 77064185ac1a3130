package siteops.app.storage;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import static org.assertj.core.api.Assertions.assertThat;

class StorageFailuresTest {

    @Test
    void aStoreThatClosedItselfOrRanOutOfSpaceIsAStorageFailure() {
        assertThat(StorageFailures.isStorageFailure(new IllegalStateException("wrapped",
                new SQLException("The database has been closed", "90098", ErrorCode.DATABASE_IS_CLOSED)))).isTrue();
        assertThat(StorageFailures.isStorageFailure(new RuntimeException(new IOException("No space left on device"))))
                .isTrue();
        assertThat(StorageFailures.isStorageFailure(new SQLException("disk full", "53100"))).isTrue();
    }

    @Test
    void aFailedFirstWriteThatAxonReportsAsAReusedIdentifierIsAStorageFailure() {
        assertThat(StorageFailures.isStorageFailure(new AggregateStreamCreationException(
                "Cannot reuse aggregate identifier [site-name:x] to create aggregate [Site] since identifiers need "
                        + "to be unique. Original message: General error: \"org.h2.mvstore.MVStoreException: Writing "
                        + "to file failed\"", new SQLException("General error", "HY000", ErrorCode.GENERAL_ERROR_1))))
                .isTrue();
    }

    @Test
    void aRealDuplicateOrARefusalIsNot() {
        assertThat(StorageFailures.isStorageFailure(new AggregateStreamCreationException(
                "Cannot reuse aggregate identifier [site-name:x] to create aggregate [Site] since identifiers need "
                        + "to be unique.", new SQLIntegrityConstraintViolationException("duplicate", "23505")))).isFalse();
        assertThat(StorageFailures.isStorageFailure(new DataIntegrityViolationException("duplicate"))).isFalse();
        assertThat(StorageFailures.isStorageFailure(new IllegalArgumentException("bad input"))).isFalse();
    }
}
