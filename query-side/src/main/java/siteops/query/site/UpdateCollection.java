package siteops.query.site;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.stereotype.Component;
import siteops.api.query.UpdateProgress;
import siteops.query.store.ReadModelCollection;

import java.time.Instant;
import java.util.Optional;

/** The {@code site_updates} collection: one document per update, id = update id, kept after it ends; read by id alone. */
@Component
public class UpdateCollection {

    static final String NAME = "site_updates";

    private final ReadModelCollection collection;

    public UpdateCollection(MongoDatabase database) {
        this.collection = new ReadModelCollection(database, NAME);
    }

    public MongoCollection<Document> documents() {
        return collection.documents();
    }

    void empty() {
        collection.empty();
    }

    Optional<UpdateProgress> find(String siteId, String updateId) {
        Document update = collection.documents().find(Filters.eq("_id", updateId)).first();
        return Optional.ofNullable(update).filter(found -> siteId.equals(found.getString("siteId")))
                .map(document -> UpdateProgressFields.toProgress(document, Instant.now()));
    }
}
