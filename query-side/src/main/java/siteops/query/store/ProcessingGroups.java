package siteops.query.store;

import java.util.List;

/** The event processors that build the read models; each keeps its token in MongoDB beside its collections. */
public final class ProcessingGroups {

    /** The {@code sites} and {@code site_updates} collections, kept by one processor so that they move together. */
    public static final String SITES = "sites";
    public static final String SITE_HISTORY = "site-history";
    public static final String VERSION_CATALOG = "version-catalog";

    public static final List<String> READ_MODELS = List.of(SITES, SITE_HISTORY, VERSION_CATALOG);

    private ProcessingGroups() {
    }
}
