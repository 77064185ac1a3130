package siteops.command.update;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The update process must not skip an event: if a step fails (the database was busy, say), its
 * processor stops and retries the event. Every step is safe to repeat.
 */
@Configuration
public class UpdateProcessConfiguration {

    static final String PROCESSOR = "SiteUpdateProcessProcessor";

    @Bean
    ConfigurerModule updateProcessRetries() {
        return configurer -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(PROCESSOR, config -> PropagatingErrorHandler.instance());
    }
}
