package siteops.app.storage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import siteops.command.web.CommitDurability;

import javax.sql.DataSource;

/** On an H2 file, answered commands wait for a (shared) checkpoint; a database server makes commits durable itself. */
@Configuration
public class CommitDurabilityConfiguration {

    @Bean
    CommitDurability commitDurability(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        if (url.startsWith("jdbc:h2:file:")) {
            return new H2Checkpoints(dataSource);
        }
        return () -> { };
    }
}
