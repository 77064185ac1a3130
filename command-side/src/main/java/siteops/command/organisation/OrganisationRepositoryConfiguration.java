package siteops.command.organisation;

import org.axonframework.common.caching.Cache;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import siteops.command.store.CachingRepository;
import siteops.command.store.EventStoreWriters;

/** The repository of {@link Organisation}, which Axon takes by its name; see {@link CachingRepository}. */
@Configuration
public class OrganisationRepositoryConfiguration {

    @Bean
    Repository<Organisation> organisationRepository(org.axonframework.config.Configuration axon,
                                                    @Qualifier("organisationCache") Cache organisationCache,
                                                    EventStoreWriters writers) {
        return CachingRepository.of(Organisation.class, axon, organisationCache, writers);
    }
}
