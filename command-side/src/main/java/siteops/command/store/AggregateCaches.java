package siteops.command.store;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aggregates kept in memory between commands, so that a command does not read the aggregate's
 * whole history again; the memory is the garbage collector's to take back.
 */
@Configuration
public class AggregateCaches {

    @Bean
    Cache siteCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache clientAccountCache() {
        return new WeakReferenceCache();
    }

    @Bean
    Cache siteKeyCache() {
        return new WeakReferenceCache();
    }
}
