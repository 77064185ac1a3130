package siteops.app.storage;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import siteops.command.web.CommitDurability;

/**
 * Axon's JDBC storage engine, as its auto-configuration builds it, except for how trackers read
 * the stream: 1,000 events a query instead of 100 (read models catching up read it all), on H2 a
 * query it answers from the primary key when there are gaps ({@link IndexedGapsQuery}), and only
 * events already on disk ({@link DurableEventReading}).
 */
@Configuration
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
public class EventStoreConfiguration {

    static final int EVENTS_PER_QUERY = 1_000;

    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          CommitDurability commits,
                                          @Value("${spring.datasource.url:}") String jdbcUrl) {
        JdbcEventStorageEngine.Builder store = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema())
                .batchSize(EVENTS_PER_QUERY);
        if (RelationalEngine.of(jdbcUrl).isH2()) {
            store.readEventDataWithGaps(IndexedGapsQuery::statement);
        }
        return new DurableEventReading(store.build(), commits, EVENTS_PER_QUERY);
    }
}
