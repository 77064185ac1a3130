package siteops.app.storage;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Reads the next events of the stream, and those of the gaps a tracker is waiting for, in a way
 * H2 answers from the primary key. Axon's own query joins the range and the gaps with {@code OR},
 * which H2 answers by scanning the whole table: every fetch then grows with the store, which
 * concurrent writers (and their gaps) make the common case. The two parts as a {@code UNION ALL}
 * each use the index; they never overlap (gaps lie below the range).
 */
final class IndexedGapsQuery {

    private IndexedGapsQuery() {
    }

    static PreparedStatement statement(Connection connection, EventSchema schema, long globalIndex, int batchSize,
                                       List<Long> gaps) throws SQLException {
        String select = "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable() + " WHERE ";
        String sql = select + schema.globalIndexColumn() + " > ? AND " + schema.globalIndexColumn() + " <= ?"
                + " UNION ALL " + select + schema.globalIndexColumn() + " IN ("
                + String.join(",", Collections.nCopies(gaps.size(), "?")) + ")"
                + " ORDER BY " + schema.globalIndexColumn() + " ASC";
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setLong(1, globalIndex);
        statement.setLong(2, globalIndex + batchSize);
        for (int i = 0; i < gaps.size(); i++) {
            statement.setLong(i + 3, gaps.get(i));
        }
        return statement;
    }
}
