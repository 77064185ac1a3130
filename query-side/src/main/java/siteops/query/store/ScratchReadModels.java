package siteops.query.store;

import com.mongodb.client.MongoDatabase;

/**
 * Databases for read models built for one answer and dropped after it (a site as of an instant):
 * apart from the read models every reader shares, so that nothing built there is ever read by
 * another answer.
 */
public interface ScratchReadModels {

    /** A new, empty database, dropped when closed. */
    Scratch open();

    interface Scratch extends AutoCloseable {

        MongoDatabase database();

        @Override
        void close();
    }
}
