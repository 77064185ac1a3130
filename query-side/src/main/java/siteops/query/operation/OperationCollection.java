package siteops.query.operation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.stereotype.Component;
import siteops.api.operation.OperationKind;
import siteops.api.operation.OperationState;
import siteops.query.store.Counts;
import siteops.query.store.SiteEntries;

/**
 * The {@code site_operations} collection: one document per operation of a site, id = operation id
 * (an update's id, or the id of the event an operation done at once stored), ordered within the
 * site by the sequence number of the event that requested it.
 */
@Component
public class OperationCollection {

    static final String NAME = "site_operations";

    private final SiteEntries entries;

    private final MongoDatabase database;

    public OperationCollection(MongoDatabase database) {
        this.database = database;
        this.entries = new SiteEntries(database, NAME,
                Indexes.compoundIndex(Indexes.ascending("kind"), Indexes.ascending("state")));
    }

    /** How many operations of that kind, of every site, are in that state (on the {@code kind, state} index). */
    public long count(OperationKind kind, OperationState state) {
        return Counts.of(database, entries.documents(),
                Filters.and(Filters.eq("kind", kind.name()), Filters.eq("state", state.name())));
    }

    SiteEntries entries() {
        return entries;
    }

    MongoCollection<Document> documents() {
        return entries.documents();
    }

    void empty() {
        entries.empty();
    }
}
