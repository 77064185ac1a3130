package siteops.query.store;

import java.util.List;

/** The event processors that build the read models; each keeps its token in MongoDB beside its collections. */
public final class ProcessingGroups {

    /**
     * The {@code sites} and {@code site_updates} collections, kept by one processor so that they move
     * together, and the {@code versions} catalog: its few events did not justify a second read of
     * the whole event stream (a rebuild spent a seventh of its time reading for it alone).
     */
    public static final String SITES = "sites";
    public static final String SITE_HISTORY = "site-history";

    public static final List<String> READ_MODELS = List.of(SITES, SITE_HISTORY);

    private ProcessingGroups() {
    }
}
