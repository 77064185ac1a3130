package siteops.app.storage;

import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import static org.assertj.core.api.Assertions.assertThat;

class UniqueKeyViolationsTest {

    private final UniqueKeyViolations violations = new UniqueKeyViolations();

    @Test
    void aViolationReportedByABatchIsADuplicateKey() {
        BatchUpdateException batch = new BatchUpdateException("batch failed", null, 0, new int[0]);
        batch.setNextException(new SQLIntegrityConstraintViolationException("unique index violated", "23505"));

        assertThat(violations.isDuplicateKeyViolation(new RuntimeException("append failed", batch))).isTrue();
    }

    @Test
    void postgresqlsUniqueViolationIsADuplicateKey() {
        SQLException postgresql = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(violations.isDuplicateKeyViolation(new RuntimeException(postgresql))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(violations.isDuplicateKeyViolation(new RuntimeException(new SQLException("disk full", "53100"))))
                .isFalse();
        assertThat(violations.isDuplicateKeyViolation(new IllegalStateException("no SQL at all"))).isFalse();
    }
}
