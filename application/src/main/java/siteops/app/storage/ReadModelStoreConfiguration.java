package siteops.app.storage;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import de.bwaldvogel.mongo.MongoBackend;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;
import siteops.query.store.CollectionScan;
import siteops.query.store.TokenOwner;

import java.nio.file.Path;

/** The MongoDB the read models live in: the configured one, or the embedded server. */
@ConditionalOnProcessRole(ProcessRole.QUERY)
@Configuration
public class ReadModelStoreConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${siteops.mongodb.uri:}'.isBlank()")
    EmbeddedMongoServer embeddedMongoServer(ReadModelStoreSettings settings, @Value("${siteops.data-dir}") Path dataDir,
                                            ObjectProvider<EarlyReadModelStore.Opening> openedAtTheStart) {
        EarlyReadModelStore.Opening opening = openedAtTheStart.getIfAvailable();
        MongoBackend store = opening != null ? opening.take(dataDir)
                : EmbeddedMongoServer.open(settings.embeddedStorage(), dataDir);
        return settings.embeddedPort() == null
                ? EmbeddedMongoServer.onPrivateSocket(store)
                : EmbeddedMongoServer.onLoopbackPort(settings.embeddedPort(), store);
    }

    /**
     * The embedded server is reached by this process alone, and only one process at a time has a
     * data directory (the event store's file is locked): the directory names the tokens' owner.
     */
    @Bean
    @ConditionalOnExpression("'${siteops.mongodb.uri:}'.isBlank()")
    TokenOwner embeddedTokenOwner(@Value("${siteops.data-dir}") Path dataDir) {
        return new TokenOwner("siteops@" + dataDir.toAbsolutePath().normalize());
    }

    /** {@code listeners}: whatever watches the commands sent to the read models (every {@link CommandListener} bean). */
    @Bean(destroyMethod = "close")
    MongoClient mongoClient(ReadModelStoreSettings settings, ObjectProvider<EmbeddedMongoServer> embedded,
                            ObjectProvider<CommandListener> listeners) {
        String uri = settings.embedded() ? embedded.getObject().connectionString() : settings.uri();
        MongoClientSettings.Builder client = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .applicationName("siteops");
        listeners.orderedStream().forEach(client::addCommandListener);
        return MongoClients.create(client.build());
    }

    /** How the in-memory read models are loaded: in this process from the embedded server, else through the driver. */
    @Bean
    CollectionScan collectionScan(ReadModelStoreSettings settings, ObjectProvider<EmbeddedMongoServer> embedded) {
        return settings.embedded() ? embedded.getObject().inProcessScan() : CollectionScan.THROUGH_THE_DRIVER;
    }

    @Bean
    MongoDatabase readModelDatabase(MongoClient client, ReadModelStoreSettings settings) {
        return client.getDatabase(settings.database());
    }
}
