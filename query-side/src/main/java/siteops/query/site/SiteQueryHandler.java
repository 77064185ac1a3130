package siteops.query.site;

import com.mongodb.client.model.Filters;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import siteops.api.query.AvailableVersionPage;
import siteops.api.query.FindAvailableUpdates;
import siteops.api.query.FindSite;
import siteops.api.query.FindSites;
import siteops.api.query.FindUpdateProgress;
import siteops.api.query.SiteDetailResult;
import siteops.api.query.SiteFilter;
import siteops.api.query.SiteSummary;
import siteops.api.query.SiteSummaryPage;
import siteops.api.query.UpdateProgress;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.api.text.TextFolding;
import siteops.query.catalog.VersionCollection;
import siteops.query.store.ReadModelWrites;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static siteops.query.store.Documents.longValue;

@Component
public class SiteQueryHandler {

    private final SiteListing listing;
    private final UpdateCollection updates;
    private final VersionCollection versions;
    private final VisibleSites visibleSites;

    public SiteQueryHandler(SiteListing listing, UpdateCollection updates, VersionCollection versions,
                            VisibleSites visibleSites) {
        this.listing = listing;
        this.updates = updates;
        this.versions = versions;
        this.visibleSites = visibleSites;
    }

    @QueryHandler
    public SiteSummaryPage handle(FindSites query) {
        Bson filter = Filters.and(VisibleSites.filterFor(query.viewer()), matching(query.filter()));
        SiteListing.Page page = query.after() == null ? listing.page(filter, query.page())
                : listing.after(filter, SiteCursor.decode(query.after()), query.page().size());
        List<SiteSummary> items = page.documents().stream().map(SiteViews::summary).toList();
        String next = page.more() && !page.documents().isEmpty()
                ? SiteCursor.of(page.documents().get(page.documents().size() - 1)).encode() : null;
        return SiteSummaryPage.of(items, query.after() == null ? query.page().page() : null, query.page(),
                page.totalItems(), next);
    }

    @QueryHandler
    public SiteDetailResult handle(FindSite query) {
        Document site = visibleSites.require(query.viewer(), query.siteId());
        boolean newerVersionPublished = versions.hasVersionNewerThan(site.getString("product"),
                site.getString("version"));
        return new SiteDetailResult(SiteViews.detail(site, query.viewer().role(), newerVersionPublished),
                longValue(site, ReadModelWrites.REVISION));
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

    private static Bson matching(SiteFilter filter) {
        List<Bson> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add(Filters.eq("status", filter.status().name()));
        }
        if (filter.edition() != null) {
            conditions.add(Filters.eq("edition", filter.edition().name()));
        }
        if (filter.type() != null) {
            conditions.add(Filters.eq("type", filter.type().name()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add(matchingText(filter.text().trim()));
        }
        return conditions.isEmpty() ? new Document() : Filters.and(conditions);
    }

    /**
     * The text within the name or the serial number as typed, whatever its case, or within their
     * folded forms: "strasse" finds "Straße", "h328128" a full-width serial number. Both, because
     * the documents a stored read model wrote before the folded forms existed have none until the
     * read model is rebuilt.
     */
    private static Bson matchingText(String text) {
        Pattern typed = Pattern.compile(Pattern.quote(text), Pattern.CASE_INSENSITIVE);
        Pattern folded = Pattern.compile(Pattern.quote(TextFolding.fold(text)));
        return Filters.or(Filters.regex("name", typed), Filters.regex("serialNumber", typed),
                Filters.regex(SiteCollection.FOLDED_NAME, folded),
                Filters.regex(SiteCollection.FOLDED_SERIAL_NUMBER, folded));
    }
}
