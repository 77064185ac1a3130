package siteops.query.history;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;
import siteops.query.store.SiteEntries;

/** The {@code site_history} collection: one document per site event, id = event id. */
@Component
public class HistoryCollection {

    static final String NAME = "site_history";
    /** A summary as kept: its sentence's key and the event's words (written before: "summary", an English sentence). */
    static final String SUMMARY_KEY = "summaryKey";
    static final String SUMMARY_ARGUMENTS = "summaryArguments";
    static final String ENGLISH_SUMMARY = "summary";

    private final SiteEntries entries;

    public HistoryCollection(MongoDatabase database) {
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
