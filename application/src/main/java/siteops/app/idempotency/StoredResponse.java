package siteops.app.idempotency;

import java.util.Map;

/** What a POST answered: replayed as it was to a retry with the same key. */
record StoredResponse(int status, Map<String, String> headers, byte[] body) {
}
