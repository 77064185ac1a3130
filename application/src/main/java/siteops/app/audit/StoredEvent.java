package siteops.app.audit;

import siteops.api.naming.StoredEventNames;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One row of the event store, as stored: the payload and metadata are the stored bytes, the type
 * the stored one (a stable name, or the class name of an event stored before names existed).
 * {@code hash} is its link in the chain, null if the chain has not linked it.
 */
record StoredEvent(long position, String eventId, String aggregateType, String aggregateId, long sequence,
                   String storedType, String revision, String occurredAt, byte[] payload, byte[] metadata,
                   String hash) {

    /** The columns {@link #read} expects, {@code e} being the events' table and {@code l} the chain's links. */
    static final String COLUMNS = "e.globalIndex, e.eventIdentifier, e.type, e.aggregateIdentifier, "
            + "e.sequenceNumber, e.payloadType, e.payloadRevision, e.timeStamp, e.payload, e.metaData, l.hash";

    /** The events' table joined with the chain's links, as {@link #COLUMNS} names them. */
    static final String FROM = " FROM DomainEventEntry e LEFT JOIN AuditChainLink l ON l.position = e.globalIndex";

    static StoredEvent read(ResultSet row) throws SQLException {
        return new StoredEvent(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getLong(5),
                row.getString(6), row.getString(7), row.getString(8), row.getBytes(9), row.getBytes(10),
                row.getString(11));
    }

    /** The stable name: never a class name, even for an event stored under one. */
    String type() {
        return StoredEventNames.nameOfStoredType(storedType)
                .orElseGet(() -> storedType.substring(storedType.lastIndexOf('.') + 1));
    }
}
