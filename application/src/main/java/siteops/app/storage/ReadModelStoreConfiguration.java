package siteops.app.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The MongoDB the read models live in: the configured one, or the embedded server. */
@Configuration
public class ReadModelStoreConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${siteops.mongodb.uri:}'.isBlank()")
    EmbeddedMongoServer embeddedMongoServer(ReadModelStoreSettings settings, @Value("${siteops.data-dir}") Path dataDir)
            throws IOException {
        Files.createDirectories(dataDir);
        return settings.embeddedPort() == null
                ? EmbeddedMongoServer.onPrivateSocket(settings.embeddedStorage(), dataDir)
                : EmbeddedMongoServer.onLoopbackPort(settings.embeddedPort(), settings.embeddedStorage(), dataDir);
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(ReadModelStoreSettings settings, ObjectProvider<EmbeddedMongoServer> embedded) {
        String uri = settings.embedded() ? embedded.getObject().connectionString() : settings.uri();
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applicationName("siteops")
                .build());
    }

    @Bean
    MongoDatabase readModelDatabase(MongoClient client, ReadModelStoreSettings settings) {
        return client.getDatabase(settings.database());
    }
}
