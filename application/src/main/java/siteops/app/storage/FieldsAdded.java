package siteops.app.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import siteops.api.naming.StoredEventNames;

import java.util.List;
import java.util.Objects;

/**
 * One change of an event's shape: fields it gained. Its payloads stored at the revision before
 * are read with those fields present and empty (null, which every reader takes as "as before"),
 * and at the event's current revision, so that what handlers receive always has the current
 * shape. The stored payload is not touched: the audit log shows it as it is.
 */
final class FieldsAdded extends SingleEventUpcaster {

    private final List<String> storedTypes;
    private final String fromRevision;
    private final String toRevision;
    private final List<String> fields;

    /** {@code fromRevision}: null for an event stored without a revision. */
    FieldsAdded(Class<?> event, String fromRevision, List<String> fields) {
        String name = StoredEventNames.nameOf(event)
                .orElseThrow(() -> new IllegalArgumentException(event + " has no stable name"));
        this.storedTypes = StoredEventNames.storedTypesOf(name);
        this.fromRevision = fromRevision;
        this.toRevision = Objects.requireNonNull(event.getAnnotation(Revision.class), event + " has no revision")
                .value();
        this.fields = List.copyOf(fields);
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation stored) {
        return storedTypes.contains(stored.getType().getName())
                && Objects.equals(fromRevision, stored.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation stored) {
        return stored.upcastPayload(new SimpleSerializedType(stored.getType().getName(), toRevision), JsonNode.class,
                payload -> {
                    ObjectNode object = (ObjectNode) payload;
                    fields.stream().filter(field -> !object.has(field)).forEach(object::putNull);
                    return object;
                });
    }
}
