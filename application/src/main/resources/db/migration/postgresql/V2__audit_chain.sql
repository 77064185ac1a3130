-- The audit log's hash chain, beside the events it links (siteops.app.audit): one link per event,
-- in global order, and the chain's head, one row that the single writer locks while it extends
-- the chain. A position the chain passed over (a number no transaction committed in time) has no
-- link; an event that appears there later is reported by a verification.
CREATE TABLE AuditChainLink (
    position BIGINT NOT NULL,
    eventIdentifier VARCHAR(255) NOT NULL,
    hash VARCHAR(64) NOT NULL,
    PRIMARY KEY (position)
);

CREATE TABLE AuditChainHead (
    id INTEGER NOT NULL,
    position BIGINT NOT NULL,
    eventCount BIGINT NOT NULL,
    hash VARCHAR(64) NOT NULL,
    linkedAt VARCHAR(64),
    PRIMARY KEY (id)
);

INSERT INTO AuditChainHead (id, position, eventCount, hash, linkedAt)
VALUES (1, 0, 0, '0000000000000000000000000000000000000000000000000000000000000000', NULL);
