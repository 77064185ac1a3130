package siteops.app.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A user's {@code Idempotency-Key}, kept as a digest of the user and the key: 32 bytes whatever
 * the key's length, and the same name for the commands the request sends.
 */
record IdempotencyKey(String user, String digest) {

    static IdempotencyKey of(String user, String key) {
        return new IdempotencyKey(user, sha256Hex(user + "\n" + key));
    }

    byte[] digestBytes() {
        return HexFormat.of().parseHex(digest);
    }

    static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256Hex(byte[]... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha256.update(part);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
