package siteops.app.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the read models live: the MongoDB at {@code siteops.mongodb.uri}, or, when it is not set,
 * an in-process MongoDB-compatible server started by the application, reached on a Unix domain
 * socket only the process's user may use, or, when {@code embedded-port} is set, on that loopback
 * port (0: any free port) by any local process; it keeps its data in {@code embedded-storage}:
 * {@code memory} (the default: fastest; rebuilt from the events at every start) or {@code file}
 * (under the data directory: kept across restarts, the heap bounded, writes and scans slower).
 */
@ConfigurationProperties("siteops.mongodb")
public record ReadModelStoreSettings(
        String uri,
        @DefaultValue("siteops") String database,
        Integer embeddedPort,
        @DefaultValue("memory") EmbeddedStorage embeddedStorage) {

    public enum EmbeddedStorage { FILE, MEMORY }

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
