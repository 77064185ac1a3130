package siteops.app.storage;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * What the relational store needs when it is PostgreSQL: every connection commits durably
 * ({@code synchronous_commit} on for its session, whatever the server's or the role's default),
 * since a command is answered as done once its transaction has committed.
 */
@Configuration
public class PostgresqlConfiguration {

    static final String DURABLE_COMMITS = "SET synchronous_commit TO on";

    @Bean
    static BeanPostProcessor durableCommitsOnPostgresql(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource hikari && RelationalEngine.of(
                        environment.getProperty("spring.datasource.url", "")) == RelationalEngine.POSTGRESQL) {
                    hikari.setConnectionInitSql(DURABLE_COMMITS);
                }
                return bean;
            }
        };
    }
}
