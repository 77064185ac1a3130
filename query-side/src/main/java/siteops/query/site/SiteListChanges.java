package siteops.query.site;

/** What the {@code sites} projection tells the site list as it writes: the list in the heap, or nobody. */
interface SiteListChanges {

    /** For a projection whose documents no list shows: a site's state as of an instant. */
    SiteListChanges NONE = new SiteListChanges() {
        @Override
        public void changed(String siteId) {
        }

        @Override
        public void clear() {
        }
    };

    void changed(String siteId);

    /** The collection was emptied. */
    void clear();
}
