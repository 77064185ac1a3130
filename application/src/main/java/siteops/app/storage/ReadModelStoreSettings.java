package siteops.app.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the read models live: the MongoDB at {@code siteops.mongodb.uri}, or, when it is not set,
 * an in-process MongoDB-compatible server started by the application, reached on a Unix domain
 * socket only the process's user may use, or, when {@code embedded-port} is set, on that loopback
 * port (0: any free port) by any local process; it keeps its data in {@code embedded-storage}:
 * {@code file} (the default: under the data directory, with the secondary indexes the read side
 * queries by; kept across restarts, so that a start reads only the events stored since the last
 * batch, and the heap stays bounded) or {@code memory} (everything in the heap, which grows with
 * the fleet and its history; rebuilt from the whole event stream at every start; no secondary
 * index, so queries other than by id scan their collection).
 */
@ConfigurationProperties("siteops.mongodb")
public record ReadModelStoreSettings(
        String uri,
        @DefaultValue("siteops") String database,
        Integer embeddedPort,
        @DefaultValue("file") EmbeddedStorage embeddedStorage) {

    public enum EmbeddedStorage { FILE, MEMORY }

    public boolean embedded() {
        return uri == null || uri.isBlank();
    }
}
