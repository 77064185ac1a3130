package siteops.app.storage;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import siteops.command.store.EventStoreWriters;
import siteops.command.store.StoreIncarnation;
import siteops.command.web.CommitDurability;

import javax.sql.DataSource;

/**
 * What the relational store needs when it is an H2 file, gathered in one place: answered
 * commands, and each batch of events before the processors are handed it
 * ({@link DurableEventReading}), wait for a shared checkpoint ({@link H2Checkpoints}), and the
 * file's incarnations are told apart ({@link H2FileIncarnations}), and this process is the only
 * one that appends to it ({@link EventStoreWriters}). A database server makes commits durable
 * itself, is never opened again with less than it had, and may be shared by several processes.
 */
@Configuration
public class H2FileConfiguration {

    @Bean
    static StoreIncarnation storeIncarnation(Environment environment) {
        return RelationalEngine.of(environment.getProperty("spring.datasource.url", "")) == RelationalEngine.H2_FILES
                ? new H2FileIncarnations() : StoreIncarnation.ONLY;
    }

    /**
     * An H2 file is opened by one process at a time; a database server, or Axon Server, may have
     * several siteops processes appending to it.
     */
    @Bean
    EventStoreWriters eventStoreWriters(Environment environment) {
        boolean axonServer = environment.getProperty("axon.axonserver.enabled", Boolean.class, false);
        return !axonServer && RelationalEngine.of(environment.getProperty("spring.datasource.url", ""))
                == RelationalEngine.H2_FILES ? EventStoreWriters.THIS_PROCESS_ONLY : EventStoreWriters.SEVERAL_PROCESSES;
    }

    @Bean
    static BeanPostProcessor connectionsThroughTheIncarnationGate(ObjectProvider<StoreIncarnation> incarnation) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource hikari
                        && incarnation.getObject() instanceof H2FileIncarnations incarnations) {
                    incarnations.guard(hikari);
                }
                return bean;
            }
        };
    }

    @Bean
    CommitDurability commitDurability(DataSource dataSource, StoreIncarnation incarnation) {
        return incarnation instanceof H2FileIncarnations incarnations
                ? new H2Checkpoints(dataSource, incarnations) : CommitDurability.BY_THE_DATABASE;
    }
}
