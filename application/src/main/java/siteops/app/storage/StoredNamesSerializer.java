package siteops.app.storage;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import siteops.api.naming.StoredEventNames;

/**
 * Axon's JSON serializer, storing the events that have a stable name ({@link StoredEventNames})
 * under it rather than under their class name, and reading them back by it. Every other type
 * (events stored before names existed) keeps its class name.
 */
final class StoredNamesSerializer extends JacksonSerializer {

    StoredNamesSerializer(Builder builder) {
        super(builder);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return StoredEventNames.nameOf(type)
                .<SerializedType>map(name -> new SimpleSerializedType(name, getRevisionResolver().revisionOf(type)))
                .orElseGet(() -> super.typeForClass(type));
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        return StoredEventNames.classNamed(serializedType.getName())
                .map(Class::getName)
                .orElseGet(() -> super.resolveClassName(serializedType));
    }
}
