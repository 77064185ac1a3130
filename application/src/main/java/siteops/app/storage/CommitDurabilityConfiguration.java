package siteops.app.storage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import siteops.command.web.CommitDurability;

import javax.sql.DataSource;

/**
 * On an H2 file, answered commands wait for a (shared) checkpoint, and so does each batch of
 * events before the processors are handed it ({@link DurableEventReading}); a database server
 * makes commits durable itself.
 */
@Configuration
public class CommitDurabilityConfiguration {

    @Bean
    CommitDurability commitDurability(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
        if (isH2InFiles(url)) {
            return new H2Checkpoints(dataSource);
        }
        return () -> { };
    }

    /** H2 keeping its database in files, whatever file system they are on ({@code file:}, {@code nio:}, ...). */
    static boolean isH2InFiles(String url) {
        return url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:") && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
    }
}
