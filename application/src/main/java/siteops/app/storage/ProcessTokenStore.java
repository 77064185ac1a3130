package siteops.app.storage;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tokens of the processes' processors (the sagas), in the relational store, as Axon's
 * auto-configuration keeps them, but claimed in the name of this process ({@code siteops.node.id}):
 * the processes that share the store each claim segments under a name of their own, which
 * several in one JVM (as in the tests) would otherwise share.
 */
@Configuration
public class ProcessTokenStore {

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                          TokenStoreProperties properties, @Value("${siteops.node.id}") String node) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(TokenSchema.builder().build())
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .nodeId(node)
                .build();
    }
}
