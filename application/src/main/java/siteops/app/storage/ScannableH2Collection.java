package siteops.app.storage;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.stream.Stream;

/**
 * A collection of the embedded file store that can be read whole one document at a time
 * ({@link InProcessCollectionScan}). A query of the whole collection gathers every document in a
 * list before the first is given: at 100,000 sites, 600 MiB held at once while the site list
 * loads, which the collector copied again and again during the start. The documents come from
 * the store's map as of the moment the scan begins, unaffected by writes made meanwhile.
 */
final class ScannableH2Collection extends H2Collection {

    ScannableH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                          MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, collectionName, options, documents, meta, cursors);
    }

    /** The documents as stored: to be read, never changed. */
    Stream<Document> documents() {
        return streamAllDocumentsWithPosition().map(DocumentWithPosition::getDocument);
    }
}
