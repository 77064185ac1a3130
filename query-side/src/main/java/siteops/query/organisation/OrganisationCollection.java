package siteops.query.organisation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import siteops.api.access.Actor;
import siteops.api.organisation.OrganisationKind;
import siteops.api.query.OrganisationView;
import siteops.api.query.PageRequest;
import siteops.query.store.Counts;
import siteops.query.store.ReadModelCollection;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static siteops.query.store.Documents.enumValue;
import static siteops.query.store.Documents.instant;

/**
 * The {@code organisations} collection: one document per organisation, by id. The read side's half
 * of {@link Actor#canSeeOrganisation} is {@link #visibleTo}.
 */
@Component
public class OrganisationCollection {

    static final String NAME = "organisations";

    private final MongoDatabase database;
    private final ReadModelCollection collection;
    private final MongoCollection<Document> documents;

    public OrganisationCollection(MongoDatabase database) {
        this.database = database;
        this.collection = new ReadModelCollection(database, NAME, Indexes.ascending("partnerId", "_id"),
                Indexes.ascending("kind", "_id"), Indexes.ascending("partnerId", "kind", "_id"));
        this.documents = collection.documents();
    }

    MongoCollection<Document> documents() {
        return documents;
    }

    void empty() {
        collection.empty();
    }

    Optional<OrganisationView> visible(Actor viewer, String organisationId) {
        return Optional.ofNullable(documents.find(Filters.eq("_id", organisationId)).first())
                .filter(document -> viewer.canSeeOrganisation(document.getString("_id"),
                        document.getString("partnerId")))
                .map(OrganisationCollection::toView);
    }

    long count(Actor viewer, OrganisationKind kind) {
        return Counts.of(database, documents, filter(viewer, kind));
    }

    List<OrganisationView> page(Actor viewer, OrganisationKind kind, PageRequest page) {
        return documents.find(filter(viewer, kind)).sort(Sorts.ascending("_id"))
                .skip(page.offset()).limit(page.size())
                .map(OrganisationCollection::toView)
                .into(new ArrayList<>());
    }

    private static Bson filter(Actor viewer, OrganisationKind kind) {
        Bson visible = visibleTo(viewer);
        return kind == null ? visible : Filters.and(visible, Filters.eq("kind", kind.name()));
    }

    static Bson visibleTo(Actor viewer) {
        return switch (viewer.role()) {
            case OPERATOR, AUDITOR -> new Document();
            case PARTNER -> Filters.or(Filters.eq("_id", viewer.organisationId()),
                    Filters.eq("partnerId", viewer.organisationId()));
            case CLIENT -> Filters.eq("_id", viewer.organisationId());
        };
    }

    private static OrganisationView toView(Document document) {
        return new OrganisationView(document.getString("_id"), document.getString("name"),
                enumValue(document, "kind", OrganisationKind.class), document.getString("partnerId"),
                instant(document, "createdAt"));
    }
}
