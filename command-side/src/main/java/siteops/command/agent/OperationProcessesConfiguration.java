package siteops.command.agent;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The processes of long-running operations must not skip an event: if a step fails (the database
 * was busy, say), the process's processor stops and retries the event. Every step is safe to repeat.
 */
@Configuration
public class OperationProcessesConfiguration {

    /** Axon names a saga's processor after the saga. */
    public static final List<String> PROCESSORS = List.of("SiteUpdateProcessProcessor", "SiteRepairProcessProcessor",
            "SiteBackupProcessProcessor", "SiteRestoreProcessProcessor", "BackupRetentionProcessProcessor");

    @Bean
    ConfigurerModule operationProcessRetries() {
        return configurer -> PROCESSORS.forEach(processor -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(processor, config -> PropagatingErrorHandler.instance()));
    }
}
