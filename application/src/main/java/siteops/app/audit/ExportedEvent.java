package siteops.app.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * One line of an export read back as the stored event it was: the payload and the metadata are
 * taken from the line byte for byte, as they were set in it ({@link AuditEventJson}), not parsed and
 * written again.
 */
final class ExportedEvent {

    private ExportedEvent() {
    }

    static StoredEvent read(JsonFactory factory, byte[] line) throws IOException {
        Map<String, String> texts = new HashMap<>();
        Map<String, byte[]> stored = new HashMap<>();
        try (JsonParser parser = factory.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ((field.equals("payload") || field.equals("metadata")) && value.isStructStart()) {
                    int start = (int) parser.currentTokenLocation().getByteOffset();
                    parser.skipChildren();
                    int end = (int) parser.currentLocation().getByteOffset();
                    stored.put(field, Arrays.copyOfRange(line, start, end));
                } else if (value.isStructStart()) {
                    parser.skipChildren();
                } else if (value != JsonToken.VALUE_NULL) {
                    texts.put(field, parser.getValueAsString());
                }
            }
        }
        return new StoredEvent(Long.parseLong(required(texts, "position")), required(texts, "eventId"),
                texts.get("aggregateType"), required(texts, "aggregateId"), Long.parseLong(required(texts, "sequence")),
                required(texts, "type"), texts.get("revision"), required(texts, "occurredAt"),
                storedBytes(stored, texts, "payload"), storedBytes(stored, texts, "metadata"), texts.get("hash"));
    }

    private static byte[] storedBytes(Map<String, byte[]> stored, Map<String, String> texts, String field) {
        if (stored.containsKey(field)) {
            return stored.get(field);
        }
        String text = texts.get(field);
        if (text == null) {
            return null;
        }
        return "base64".equals(texts.get(field + "Encoding")) ? Base64.getDecoder().decode(text)
                : text.getBytes(StandardCharsets.UTF_8);
    }

    private static String required(Map<String, String> texts, String field) {
        String value = texts.get(field);
        if (value == null) {
            throw new IllegalArgumentException("no " + field);
        }
        return value;
    }
}
