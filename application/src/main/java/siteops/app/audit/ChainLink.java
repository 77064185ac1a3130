package siteops.app.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one function of the hash chain: an event's link is the SHA-256 of the previous link's 32
 * bytes followed by the event's identity and stored bytes, each field as its length (4 bytes, big
 * endian; -1 for an absent value) then its bytes (text in UTF-8):
 * position, eventId, aggregateType, aggregateId, sequence (both numbers in decimal), type (the
 * stable name), revision, occurredAt (as stored), payload, metadata. The first link's previous
 * link is 32 zero bytes ({@link #GENESIS}). An auditor can recompute every link from an export.
 */
final class ChainLink {

    static final String GENESIS = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();

    private ChainLink() {
    }

    static String of(String previous, StoredEvent event) {
        MessageDigest sha256 = sha256();
        sha256.update(HEX.parseHex(previous));
        field(sha256, Long.toString(event.position()));
        field(sha256, event.eventId());
        field(sha256, event.aggregateType());
        field(sha256, event.aggregateId());
        field(sha256, Long.toString(event.sequence()));
        field(sha256, event.type());
        field(sha256, event.revision());
        field(sha256, event.occurredAt());
        field(sha256, event.payload());
        field(sha256, event.metadata());
        return HEX.formatHex(sha256.digest());
    }

    private static void field(MessageDigest sha256, String text) {
        field(sha256, text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(MessageDigest sha256, byte[] bytes) {
        sha256.update(ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            sha256.update(bytes);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
