package siteops.app.storage;

import com.mongodb.MongoNamespace;
import de.bwaldvogel.mongo.MongoBackend;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import siteops.app.roles.ProcessRole;
import siteops.query.site.SiteListPreload;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The embedded file store of the read models opened, and the site list read from it
 * ({@link SiteListPreload}), first thing at the start, on a thread of its own, while Spring makes
 * the rest of the application: the embedded server's bean then serves the store already open. At
 * 100,000 sites, reading the list took as long as Spring's start and began only once Spring had
 * made the list's bean, halfway through it; reads waited for the sum.
 * <p>
 * Only where this process runs the query side on the embedded file store (the default); the
 * store it opens is closed with the application, or when the start fails before the server took it.
 */
public class EarlyReadModelStore implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    static final String BEAN_NAME = "earlyReadModelStore";
    private static final String SITES = "sites";

    /** After every other initializer: the environment is then as the application will see it (a test's properties too). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        ReadModelStoreSettings settings = Binder.get(environment)
                .bindOrCreate("siteops.mongodb", ReadModelStoreSettings.class);
        String dataDir = environment.getProperty(AbsoluteDataDirectory.PROPERTY);
        if (!ProcessRole.of(environment).contains(ProcessRole.QUERY) || !settings.embedded()
                || settings.embeddedStorage() != ReadModelStoreSettings.EmbeddedStorage.FILE || dataDir == null
                || !(context.getBeanFactory() instanceof DefaultListableBeanFactory beans)) {
            return;
        }
        Opening opening = new Opening(Path.of(dataDir).toAbsolutePath().normalize(), new MongoNamespace(settings.database(), SITES));
        beans.registerSingleton(BEAN_NAME, opening);
        beans.registerDisposableBean(BEAN_NAME, opening);
        beans.registerSingleton("siteListPreload", opening.siteList);
    }

    /** The store being opened, then the list being read from it. */
    static final class Opening implements DisposableBean {

        private final Path dataDir;
        private final CompletableFuture<MongoBackend> store = new CompletableFuture<>();
        private final SiteListPreload siteList = new SiteListPreload();
        private final AtomicBoolean taken = new AtomicBoolean();

        Opening(Path dataDir, MongoNamespace sites) {
            this.dataDir = dataDir;
            Thread opener = new Thread(() -> {
                MongoBackend opened;
                try {
                    opened = EmbeddedMongoServer.openFileStore(dataDir);
                } catch (RuntimeException | Error e) {
                    store.completeExceptionally(e);
                    siteList.failed(e);
                    return;
                }
                store.complete(opened);
                InProcessCollectionScan scan = new InProcessCollectionScan(opened);
                siteList.read((withoutFields, each) -> scan.forEach(sites, withoutFields, each));
            }, "read-model-store-opener");
            opener.setDaemon(true);
            opener.start();
        }

        /**
         * The store, once open, for the server to serve and close: its opening's failure, if it
         * failed. Both read the same setting: another directory here is a fault of the start's.
         */
        MongoBackend take(Path configuredDataDir) {
            if (!dataDir.equals(configuredDataDir.toAbsolutePath().normalize())) {
                throw new IllegalStateException("The read models' store was opened in " + dataDir
                        + " at the start, but the application is configured for " + configuredDataDir);
            }
            taken.set(true);
            try {
                return store.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException failure ? failure : e;
            }
        }

        /** Closes the store if no server took it (the start failed before). */
        @Override
        public void destroy() {
            if (!taken.get()) {
                store.thenAccept(MongoBackend::close);
            }
        }
    }
}
