package siteops.query.site;

/** The same answers when the MongoDB orders the site list itself, as a real one does from its indexes. */
class SiteQueryHandlerOrderedByTheServerTest extends SiteQueryHandlerTest {

    @Override
    protected boolean orderedInTheApplication() {
        return false;
    }
}
