package siteops.command.site;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.modelling.command.Repository;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import siteops.command.store.UnchangedStaysCachedRepository;

/**
 * The repository of {@link Site}: Axon takes the bean named {@code siteRepository} as the
 * aggregate's repository instead of building its own. It is built as Axon builds it, on the
 * aggregate's cache, but keeps a site cached when a command on it is refused.
 */
@Configuration
public class SiteRepositoryConfiguration {

    @Bean
    Repository<Site> siteRepository(org.axonframework.config.Configuration axon,
                                    @Qualifier("siteCache") Cache siteCache) {
        return new UnchangedStaysCachedRepository<>(EventSourcingRepository.builder(Site.class)
                .parameterResolverFactory(axon.parameterResolverFactory())
                .handlerDefinition(axon.handlerDefinition(Site.class))
                .eventStore(axon.eventStore())
                .repositoryProvider(axon::repository)
                .spanFactory(axon.getComponent(RepositorySpanFactory.class)), siteCache);
    }
}
