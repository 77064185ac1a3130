package siteops.query.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies an event to a document at most once. Each document remembers the sequence number of
 * the last event of its site applied to it ({@code revision}); an update only matches while the
 * document is behind the event, so a re-delivered or replayed event changes nothing.
 */
public final class Revisioned {

    public static final String REVISION = "revision";

    private Revisioned() {
    }

    public static void apply(MongoCollection<Document> collection, Bson identity, long sequence, List<Bson> changes) {
        List<Bson> updates = new ArrayList<>(changes);
        updates.add(Updates.set(REVISION, sequence));
        collection.updateOne(Filters.and(identity, Filters.lt(REVISION, sequence)), Updates.combine(updates));
    }
}
