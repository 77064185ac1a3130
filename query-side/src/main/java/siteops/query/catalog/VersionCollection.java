package siteops.query.catalog;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import siteops.api.catalog.ProductVersion;
import siteops.api.catalog.VersionKind;
import siteops.api.query.AvailableVersion;
import siteops.api.query.CatalogVersion;
import siteops.api.query.PageRequest;
import siteops.query.store.Counts;
import siteops.query.store.ReadModelCollection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static siteops.query.store.Documents.enumValue;

/**
 * The {@code versions} collection: one document per published version. {@code sortKey} orders
 * versions as versions (see {@link ProductVersion#sortKey()}), which a string sort alone would not.
 */
@Component
public class VersionCollection {

    static final String NAME = "versions";
    static final String SORT_KEY = "sortKey";

    private final MongoDatabase database;
    private final ReadModelCollection collection;
    private final MongoCollection<Document> documents;

    /** Product, then newest first: the catalog's order, and the update dialog's once a product is given. */
    public VersionCollection(MongoDatabase database) {
        this.database = database;
        this.collection = new ReadModelCollection(database, NAME,
                Indexes.compoundIndex(Indexes.ascending("product"), Indexes.descending(SORT_KEY)));
        this.documents = collection.documents();
    }

    MongoCollection<Document> documents() {
        return documents;
    }

    void empty() {
        collection.empty();
    }

    public List<CatalogVersion> all(String product) {
        Bson filter = product == null ? new Document() : Filters.eq("product", product);
        return documents.find(filter).sort(Sorts.orderBy(Sorts.ascending("product"), Sorts.descending(SORT_KEY)))
                .map(VersionCollection::toCatalogVersion)
                .into(new ArrayList<>());
    }

    public boolean hasVersionNewerThan(String product, String version) {
        return documents.find(newerThan(product, version)).limit(1).first() != null;
    }

    public long countNewerThan(String product, String version) {
        return Counts.of(database, documents, newerThan(product, version));
    }

    /** Versions of {@code product} newer than {@code version}, newest first: the update dialog. */
    public List<AvailableVersion> newerThan(String product, String version, PageRequest page) {
        return documents.find(newerThan(product, version))
                .sort(Sorts.descending(SORT_KEY))
                .skip(page.offset())
                .limit(page.size())
                .map(VersionCollection::toAvailableVersion)
                .into(new ArrayList<>());
    }

    private static Bson newerThan(String product, String version) {
        return Filters.and(Filters.eq("product", product),
                Filters.gt(SORT_KEY, ProductVersion.parse(version).sortKey()));
    }

    private static CatalogVersion toCatalogVersion(Document document) {
        VersionKind kind = enumValue(document, "kind", VersionKind.class);
        String version = document.getString("version");
        return new CatalogVersion(document.getString("product"), version,
                LocalDate.parse(document.getString("releasedOn")), kind, kind.labelOf(version));
    }

    private static AvailableVersion toAvailableVersion(Document document) {
        VersionKind kind = enumValue(document, "kind", VersionKind.class);
        String version = document.getString("version");
        return new AvailableVersion(version, LocalDate.parse(document.getString("releasedOn")), kind,
                kind.labelOf(version));
    }
}
