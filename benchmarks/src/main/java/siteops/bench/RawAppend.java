package siteops.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import siteops.api.update.CompanyConverted;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Baseline of scenario 1: the application's storage engine (Axon's JDBC engine on the same H2
 * file, or the same PostgreSQL database, same settings, same serializer) appending events like a
 * wave's in batches, with no HTTP, no command handling and no event handlers. Runs when the
 * application has stopped: H2 lets one process at a time open the file.
 */
final class RawAppend {

    private static final int BATCH = 100;
    private static final int EVENTS_PER_AGGREGATE = 13;

    private final String url;
    private final String user;

    RawAppend(String url) {
        this(url, "sa");
    }

    RawAppend(String url, String user) {
        this.url = url;
        this.user = user;
    }

    /** Events per second, appending {@code count} events. */
    double run(long count) throws SQLException {
        return runBatched(count, BATCH);
    }

    double runBatched(long count, int batchSize) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            connection.setAutoCommit(false);
            SingleConnection store = new SingleConnection(connection);
            JacksonSerializer serializer = JacksonSerializer.builder()
                    .objectMapper(new ObjectMapper().findAndRegisterModules()
                            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
                    .build();
            JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                    .connectionProvider(store)
                    .transactionManager(store)
                    .eventSerializer(serializer)
                    .snapshotSerializer(serializer)
                    .build();
            String run = UUID.randomUUID().toString();
            MetaData metaData = MetaData.with("actor", "operator").and("actorRole", "OPERATOR")
                    .and("correlationId", run).and("causationId", run);
            long start = System.nanoTime();
            List<EventMessage<?>> batch = new ArrayList<>(batchSize);
            for (long i = 0; i < count; i++) {
                String siteId = "benchmark-" + run + "-" + (i / EVENTS_PER_AGGREGATE);
                DomainEventMessage<CompanyConverted> event = new GenericDomainEventMessage<>("Site", siteId,
                        i % EVENTS_PER_AGGREGATE, new CompanyConverted(siteId, run, "COMPANY-" + i % 10, "2021.3"),
                        metaData);
                batch.add(event);
                if (batch.size() == batchSize || i == count - 1) {
                    engine.appendEvents(batch);
                    batch.clear();
                }
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** One connection, one transaction per append, as the application's JDBC transaction manager does it. */
    private static final class SingleConnection implements ConnectionProvider, TransactionManager {

        private final Connection connection;

        SingleConnection(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection getConnection() {
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                    (proxy, method, args) -> method.getName().equals("close") ? null : method.invoke(connection, args));
        }

        @Override
        public Transaction startTransaction() {
            return new Transaction() {
                @Override
                public void commit() {
                    try {
                        connection.commit();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }

                @Override
                public void rollback() {
                    try {
                        connection.rollback();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
        }
    }
}
