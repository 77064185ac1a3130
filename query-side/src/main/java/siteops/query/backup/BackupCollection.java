package siteops.query.backup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;
import siteops.query.store.SiteEntries;

/** The {@code site_backups} collection: one document per backup, id = backup id, ordered within the site by request. */
@Component
public class BackupCollection {

    static final String NAME = "site_backups";

    private final SiteEntries entries;

    public BackupCollection(MongoDatabase database) {
        this.entries = new SiteEntries(database, NAME);
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
