package siteops.command.site;

import org.axonframework.common.caching.Cache;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import siteops.command.store.CachingRepository;
import siteops.command.store.EventStoreWriters;

/**
 * The repositories of {@link Site} and {@link SiteKey}: Axon takes the beans named
 * {@code siteRepository} and {@code siteKeyRepository} as the aggregates' repositories instead of
 * building its own. They are built as Axon builds them, on the aggregates' caches, with what
 * {@link CachingRepository} adds.
 */
@Configuration
public class SiteRepositoryConfiguration {

    @Bean
    Repository<Site> siteRepository(org.axonframework.config.Configuration axon,
                                    @Qualifier("siteCache") Cache siteCache, EventStoreWriters writers) {
        return CachingRepository.of(Site.class, axon, siteCache, writers);
    }

    @Bean
    Repository<SiteKey> siteKeyRepository(org.axonframework.config.Configuration axon,
                                          @Qualifier("siteKeyCache") Cache siteKeyCache, EventStoreWriters writers) {
        return CachingRepository.of(SiteKey.class, axon, siteKeyCache, writers);
    }
}
