package siteops.app.audit;

import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a reader of the log resumes: after a position of the global order. Opaque to readers
 * (base64url of {@code "log:<position>"}), so that what it holds may grow without breaking them.
 */
final class AuditCursor {

    private static final String PREFIX = "log:";

    private AuditCursor() {
    }

    static String of(long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.US_ASCII));
    }

    /** The position after which to read; 0 (the start of the log) when no cursor is given. */
    static long positionOf(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            if (decoded.startsWith(PREFIX)) {
                long position = Long.parseLong(decoded.substring(PREFIX.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException notACursor) {
            // refused below, as every other text that is no cursor of this log
        }
        throw new RefusedException(RefusalCode.INVALID_REQUEST, "after: not a cursor of the audit log");
    }
}
