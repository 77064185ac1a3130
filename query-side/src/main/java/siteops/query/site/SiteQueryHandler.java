package siteops.query.site;

import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import siteops.api.query.AvailableVersionPage;
import siteops.api.query.FindAvailableUpdates;
import siteops.api.query.FindSite;
import siteops.api.query.FindSites;
import siteops.api.query.FindUpdateProgress;
import siteops.api.query.SiteDetailResult;
import siteops.api.query.SiteSummary;
import siteops.api.query.SiteSummaryPage;
import siteops.api.query.UpdateProgress;
import siteops.api.query.WatchSite;
import siteops.api.query.WatchSites;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.query.catalog.VersionCollection;
import siteops.query.store.ReadModelWrites;

import java.time.Instant;
import java.util.List;

import static siteops.query.store.Documents.longValue;

@Component
public class SiteQueryHandler {

    private final SiteListView list;
    private final UpdateCollection updates;
    private final VersionCollection versions;
    private final VisibleSites visibleSites;

    public SiteQueryHandler(SiteListView list, UpdateCollection updates, VersionCollection versions,
                            VisibleSites visibleSites) {
        this.list = list;
        this.updates = updates;
        this.versions = versions;
        this.visibleSites = visibleSites;
    }

    @QueryHandler
    public SiteSummaryPage handle(FindSites query) {
        SiteListPage page = query.after() == null
                ? list.page(query.viewer(), query.filter(), query.page().offset(), query.page().size())
                : list.after(query.viewer(), query.filter(), SiteCursor.decode(query.after()), query.page().size());
        List<SiteSummary> items = page.entries().stream().map(SiteListEntry::summary).toList();
        String next = page.more() && !page.entries().isEmpty()
                ? SiteCursor.of(page.entries().get(page.entries().size() - 1)).encode() : null;
        return SiteSummaryPage.of(items, query.after() == null ? query.page().page() : null, query.page(),
                page.totalItems(), next);
    }

    @QueryHandler
    public SiteDetailResult handle(FindSite query) {
        Document site = visibleSites.require(query.viewer(), query.siteId());
        boolean newerVersionPublished = versions.hasVersionNewerThan(site.getString("product"),
                site.getString("version"));
        return new SiteDetailResult(SiteViews.detail(site, query.viewer().role(), newerVersionPublished, Instant.now()),
                longValue(site, ReadModelWrites.REVISION));
    }

    /** A subscription's initial answer: the site now. */
    @QueryHandler
    public SiteDetailResult handle(WatchSite query) {
        return handle(new FindSite(query.viewer(), query.siteId()));
    }

    /** A subscription's initial answer: how many sites the viewer sees that match the filter now. */
    @QueryHandler
    public Long handle(WatchSites query) {
        return list.page(query.viewer(), query.filter(), 0, 0).totalItems();
    }

    @QueryHandler
    public UpdateProgress handle(FindUpdateProgress query) {
        visibleSites.require(query.viewer(), query.siteId());
        return updates.find(query.siteId(), query.updateId())
                .orElseThrow(() -> new RefusedException(RefusalCode.UPDATE_NOT_FOUND,
                        "no update " + query.updateId() + " on site " + query.siteId()));
    }

    @QueryHandler
    public AvailableVersionPage handle(FindAvailableUpdates query) {
        Document site = visibleSites.require(query.viewer(), query.siteId());
        String product = site.getString("product");
        String version = site.getString("version");
        return AvailableVersionPage.of(versions.newerThan(product, version, query.page()), query.page(),
                versions.countNewerThan(product, version));
    }
}
