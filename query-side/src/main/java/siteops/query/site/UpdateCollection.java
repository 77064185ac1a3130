package siteops.query.site;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.springframework.stereotype.Component;
import siteops.api.query.UpdateFailure;
import siteops.api.query.UpdateProgress;
import siteops.api.update.UpdatePhase;

import java.util.Optional;

import static siteops.query.store.Documents.enumValue;
import static siteops.query.store.Documents.instant;
import static siteops.query.store.Documents.intValue;

/** The {@code site_updates} collection: one document per update, id = update id, kept after it ends. */
@Component
public class UpdateCollection {

    static final String NAME = "site_updates";

    private final MongoCollection<Document> documents;

    public UpdateCollection(MongoDatabase database) {
        this.documents = database.getCollection(NAME);
        documents.createIndex(Indexes.ascending("siteId", "requestedAt"));
    }

    public MongoCollection<Document> documents() {
        return documents;
    }

    Optional<UpdateProgress> find(String siteId, String updateId) {
        if (updateId == null) {
            return Optional.empty();
        }
        Document update = documents.find(Filters.and(Filters.eq("_id", updateId), Filters.eq("siteId", siteId)))
                .first();
        return Optional.ofNullable(update).map(UpdateCollection::toProgress);
    }

    private static UpdateProgress toProgress(Document update) {
        Document failure = update.get("failure", Document.class);
        return new UpdateProgress(
                update.getString("_id"),
                update.getString("siteId"),
                update.getString("fromVersion"),
                update.getString("targetVersion"),
                enumValue(update, "phase", UpdatePhase.class),
                intValue(update, "companiesTotal"),
                intValue(update, "companiesConverted"),
                instant(update, "requestedAt"),
                instant(update, "startedAt"),
                instant(update, "finishedAt"),
                failure == null ? null : new UpdateFailure(failure.getString("company"), failure.getString("reason")));
    }
}
