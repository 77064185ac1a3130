package siteops.query.site;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The site list's entries, read from the {@code sites} collection before the list exists: at the
 * start, by whatever opens the read models' store first thing (on the embedded file store, while
 * Spring starts), then taken once by {@link SiteListView} in place of a read of its own. At
 * 100,000 sites that read is most of a restart's work; begun before Spring has made the list, it
 * ends about when Spring does.
 * <p>
 * The entries are those of the documents as they were when read, as a load begun at that moment
 * would have taken them: the list takes an entry only where it has none as recent.
 */
public final class SiteListPreload {

    private static final Logger log = LoggerFactory.getLogger(SiteListPreload.class);

    /** Gives every document of the {@code sites} collection, without the fields named. */
    @FunctionalInterface
    public interface SiteDocuments {
        void forEach(List<String> withoutFields, Consumer<Document> each);
    }

    private final CompletableFuture<List<SiteListEntry>> entries = new CompletableFuture<>();
    private final AtomicBoolean taken = new AtomicBoolean();
    private final Canonical canonical = new Canonical();

    /** Reads every site's entry, on the calling thread. */
    public void read(SiteDocuments documents) {
        try {
            List<SiteListEntry> read = new ArrayList<>();
            documents.forEach(SiteListView.UNLISTED_FIELDS, site -> read.add(SiteListEntry.of(site, canonical)));
            entries.complete(read);
        } catch (RuntimeException | Error e) {
            // The list must not wait for entries that will not come; an error still ends the thread.
            failed(e);
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    /** Nothing could be read: the list reads for itself. */
    public void failed(Throwable cause) {
        entries.completeExceptionally(cause);
    }

    /** The entries read, once they are (empty: taken already, or not read, and the list reads for itself). */
    Optional<List<SiteListEntry>> take() {
        if (!taken.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            List<SiteListEntry> read = entries.join();
            // The list holds the entries from now on; this, the application's lifetime, need not.
            entries.obtrudeValue(List.of());
            return Optional.of(read);
        } catch (CompletionException e) {
            log.warn("The site list read at the start could not be read; the list reads it again", e.getCause());
            return Optional.empty();
        }
    }
}
