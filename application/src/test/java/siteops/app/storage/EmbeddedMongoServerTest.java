package siteops.app.storage;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Who can reach the read models: by default only this process's user, over no TCP port. */
class EmbeddedMongoServerTest {

    private static final String LOOPBACK = "127.0.0.1";
    private static final String IPV4_MAPPED = "0000000000000000FFFF0000";

    @TempDir
    Path dataDir;

    @BeforeAll
    static void linux() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "the process's sockets are read from /proc");
    }

    @Test
    void byDefaultNoTcpPortIsOpenedAndTheSocketIsTheUsersAlone() throws IOException {
        Set<String> before = tcpListeners();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onPrivateSocket(
                ReadModelStoreSettings.EmbeddedStorage.MEMORY, dataDir)) {

            assertThat(tcpListeners()).isEqualTo(before);
            assertThat(server.tcpAddress()).isEmpty();
            Path socket = Path.of(URLDecoder.decode(server.connectionString().substring("mongodb://".length()),
                    StandardCharsets.UTF_8));
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())))
                    .isEqualTo("rwx------");
            assertItStoresAndReads(server);
        }
    }

    @Test
    void aPortAskedForIsOnLoopbackOnly() throws IOException {
        Set<String> before = tcpListeners();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.onLoopbackPort(0,
                ReadModelStoreSettings.EmbeddedStorage.MEMORY, dataDir)) {

            assertThat(server.tcpAddress()).hasValueSatisfying(address ->
                    assertThat(address.getAddress().getHostAddress()).isEqualTo(LOOPBACK));
            Set<String> opened = new HashSet<>(tcpListeners());
            opened.removeAll(before);
            assertThat(opened).containsExactly(LOOPBACK + ":" + server.tcpAddress().orElseThrow().getPort());
            assertItStoresAndReads(server);
        }
    }

    private static void assertItStoresAndReads(EmbeddedMongoServer server) {
        try (MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> collection = client.getDatabase("siteops").getCollection("probe");
            collection.insertOne(new Document("_id", "one").append("value", 1));
            assertThat(collection.find().first()).isEqualTo(new Document("_id", "one").append("value", 1));
        }
    }

    /** The TCP sockets this process listens on, as address:port (IPv4 and IPv4-mapped ones; others as [hex]:port). */
    private static Set<String> tcpListeners() throws IOException {
        Set<String> ownInodes = new HashSet<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            descriptors.forEach(descriptor -> {
                try {
                    String target = Files.readSymbolicLink(descriptor).toString();
                    if (target.startsWith("socket:[")) {
                        ownInodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor that went away while listing: not a listener of interest
                }
            });
        }
        Set<String> listeners = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> rows = Files.readAllLines(Path.of(table));
            for (String row : rows.subList(1, rows.size())) {
                String[] columns = row.trim().split("\\s+");
                boolean listening = "0A".equals(columns[3]);
                if (listening && ownInodes.contains(columns[9])) {
                    listeners.add(readable(columns[1]));
                }
            }
        }
        return listeners;
    }

    /**
     * {@code 0100007F:1F90} (little-endian IPv4, hex port) reads {@code 127.0.0.1:8080}, and so does
     * its IPv4-mapped IPv6 form (Java listens on IPv6 sockets where it can).
     */
    private static String readable(String hexAddress) {
        String[] parts = hexAddress.split(":");
        int port = Integer.parseInt(parts[1], 16);
        String ipv4 = parts[0].length() == 8 ? parts[0]
                : parts[0].startsWith(IPV4_MAPPED) ? parts[0].substring(IPV4_MAPPED.length()) : null;
        if (ipv4 == null) {
            return "[" + parts[0] + "]:" + port;
        }
        StringBuilder address = new StringBuilder();
        for (int octet = 3; octet >= 0; octet--) {
            address.append(Integer.parseInt(ipv4.substring(octet * 2, octet * 2 + 2), 16));
            if (octet > 0) {
                address.append('.');
            }
        }
        return address + ":" + port;
    }
}
