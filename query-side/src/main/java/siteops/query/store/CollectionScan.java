package siteops.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.util.List;
import java.util.function.Consumer;

/**
 * Reads every document of a collection, without some of its fields: how an
 * {@link InMemoryReadModel} is loaded. Through the driver unless the store offers a faster way
 * (the embedded server reads its own maps in this process, with no encoding, socket and decoding
 * between).
 */
@FunctionalInterface
public interface CollectionScan {

    CollectionScan THROUGH_THE_DRIVER = (collection, withoutFields, each) ->
            collection.find().projection(Projections.exclude(withoutFields)).forEach(each);

    void forEach(MongoCollection<Document> collection, List<String> withoutFields, Consumer<Document> each);
}
