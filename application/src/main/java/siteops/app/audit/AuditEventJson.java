package siteops.app.audit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import org.springframework.stereotype.Component;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An event of the log as the audit routes answer it ({@code AuditEvent} in the HTTP contract):
 * its payload and metadata are the stored JSON, byte for byte, set in the answer as they are. A
 * stored value that is no longer JSON (a store damaged or tampered with) cannot be: it is given in
 * base64 instead, and {@code payloadEncoding} or {@code metadataEncoding} says so.
 */
@Component
@ConditionalOnProcessRole(ProcessRole.QUERY)
class AuditEventJson {

    private final ObjectMapper json;
    private final JsonFactory factory;

    AuditEventJson(ObjectMapper json) {
        this.json = json;
        this.factory = json.getFactory();
    }

    ObjectNode of(StoredEvent event) {
        ObjectNode node = json.createObjectNode();
        node.put("position", event.position());
        node.put("eventId", event.eventId());
        node.put("aggregateType", event.aggregateType());
        node.put("aggregateId", event.aggregateId());
        node.put("sequence", event.sequence());
        node.put("type", event.type());
        node.put("revision", event.revision());
        node.put("occurredAt", event.occurredAt());
        stored(node, "metadata", event.metadata());
        stored(node, "payload", event.payload());
        node.put("hash", event.hash());
        return node;
    }

    private void stored(ObjectNode node, String field, byte[] bytes) {
        if (bytes == null) {
            node.putNull(field);
        } else if (isOneJsonValue(bytes)) {
            node.putRawValue(field, new RawValue(new String(bytes, StandardCharsets.UTF_8)));
        } else {
            node.put(field, Base64.getEncoder().encodeToString(bytes));
            node.put(field + "Encoding", "base64");
        }
    }

    private boolean isOneJsonValue(byte[] bytes) {
        try (JsonParser parser = factory.createParser(bytes)) {
            if (parser.nextToken() == null) {
                return false;
            }
            parser.skipChildren();
            return parser.nextToken() == null && isUtf8(bytes);
        } catch (IOException notJson) {
            return false;
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
