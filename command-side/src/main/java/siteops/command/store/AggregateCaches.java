package siteops.command.store;

import org.axonframework.common.caching.Cache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aggregates kept in memory between commands, so that a command does not read the aggregate's
 * whole history again. The bounds keep the memory they take to a few tens of megabytes.
 */
@Configuration
public class AggregateCaches {

    @Bean
    Cache siteCache() {
        return new BoundedCache(20_000);
    }

    @Bean
    Cache organisationCache() {
        return new BoundedCache(1_000);
    }

    @Bean
    Cache siteKeyCache() {
        return new BoundedCache(1_000);
    }
}
