package siteops.command.store;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aggregates kept in memory between commands, so that a command does not read the aggregate's
 * whole history again. The bounds keep the memory they take to a few tens of megabytes.
 */
@Configuration
public class AggregateCaches {

    @Bean
    BoundedCache siteCache(StoreIncarnation incarnation) {
        return new BoundedCache(20_000, incarnation);
    }

    @Bean
    BoundedCache organisationCache(StoreIncarnation incarnation) {
        return new BoundedCache(1_000, incarnation);
    }

    @Bean
    BoundedCache siteKeyCache(StoreIncarnation incarnation) {
        return new BoundedCache(1_000, incarnation);
    }
}
