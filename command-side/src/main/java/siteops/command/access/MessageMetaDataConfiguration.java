package siteops.command.access;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import siteops.api.metadata.MetaDataKeys;

/**
 * What every message inherits from the message being handled when it is sent: the actor, the
 * request's correlation id (unchanged from the first message to the last), and as causation id
 * the id of the message that directly caused it.
 */
@Configuration
public class MessageMetaDataConfiguration {

    @Bean
    CorrelationDataProvider actorPropagation() {
        return new SimpleCorrelationDataProvider(MetaDataKeys.ACTOR, MetaDataKeys.ACTOR_ROLE,
                MetaDataKeys.ACTOR_ORGANISATION);
    }

    @Bean
    CorrelationDataProvider correlationAndCausation() {
        return new MessageOriginProvider(MetaDataKeys.CAUSATION_ID, MetaDataKeys.CORRELATION_ID);
    }
}
