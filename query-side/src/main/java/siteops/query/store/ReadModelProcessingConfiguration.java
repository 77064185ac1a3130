package siteops.query.store;

import com.mongodb.client.MongoDatabase;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * How the read-model processors run: their tokens live in MongoDB next to the documents they
 * write (so a read model and its position cannot drift apart), MongoDB has no transaction to
 * join, a batch's writes go as one bulk write per collection at its end, and a failing handler stops its processor and retries rather than
 * skipping an event. Segments are claimed in the name of the data directory where one process alone
 * reaches the read models ({@link TokenOwner}), else in this process's own ({@code siteops.node.id}).
 */
@Configuration
public class ReadModelProcessingConfiguration {

    static final String TOKEN_COLLECTION = "tracking_tokens";

    @Bean
    ConfigurerModule readModelProcessors(MongoDatabase readModels, @Qualifier("serializer") Serializer serializer,
                                         ObjectProvider<TokenOwner> owner, @Value("${siteops.node.id}") String node,
                                         @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return configurer -> {
            MongoTokenStore.Builder tokens = MongoTokenStore.builder()
                    .mongoTemplate(DefaultMongoTemplate.builder()
                            .mongoDatabase(readModels)
                            .trackingTokensCollectionName(TOKEN_COLLECTION)
                            .build())
                    .serializer(serializer)
                    .claimTimeout(claimTimeout);
            tokens.nodeId(owner.getIfAvailable(() -> new TokenOwner(node)).id());
            TokenStore tokenStore = tokens.build();
            for (String group : ProcessingGroups.READ_MODELS) {
                configurer.eventProcessing()
                        .registerTokenStore(group, config -> tokenStore)
                        .registerTransactionManager(group, config -> NoTransactionManager.INSTANCE)
                        .registerListenerInvocationErrorHandler(group, config -> PropagatingErrorHandler.instance())
                        .registerHandlerInterceptor(group, config -> new FlushWritesAtBatchEnd());
            }
        };
    }
}
