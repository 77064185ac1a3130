package siteops.query.site;

import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import siteops.api.query.FindSiteAsOf;
import siteops.api.query.SiteAsOf;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.query.catalog.VersionCatalogProjection;
import siteops.query.catalog.VersionCollection;
import siteops.query.store.ReadModelWrites;
import siteops.query.store.ScratchReadModels;

import java.util.List;

/**
 * A site as of an instant: its events stored up to then, and the catalog's, replayed through the
 * very projections that keep the {@code sites} and {@code versions} read models, into a scratch
 * database; the detail is then read from there as the live one is. There is no second copy of
 * what an event does to a site.
 */
@Component
public class SiteAsOfQueryHandler {

    private final VisibleSites visibleSites;
    private final EventsAsOf events;
    private final ScratchReadModels scratch;

    public SiteAsOfQueryHandler(VisibleSites visibleSites, EventsAsOf events, ScratchReadModels scratch) {
        this.visibleSites = visibleSites;
        this.events = events;
        this.scratch = scratch;
    }

    @QueryHandler
    public SiteAsOf handle(FindSiteAsOf query) {
        visibleSites.require(query.viewer(), query.siteId());
        List<EventsAsOf.PositionedEvent> ofSite = events.ofSite(query.siteId(), query.at());
        if (ofSite.isEmpty()) {
            throw new RefusedException(RefusalCode.SITE_NOT_FOUND,
                    "site " + query.siteId() + " did not exist at " + query.at());
        }
        try (ScratchReadModels.Scratch database = scratch.open()) {
            SiteCollection sites = new SiteCollection(database.database());
            VersionCollection versions = new VersionCollection(database.database());
            replay(new VersionCatalogProjection(versions), events.ofCatalog(query.at()));
            replay(new SiteViewProjection(sites, SiteListChanges.NONE), ofSite);
            Document site = sites.documents().find(Filters.eq("_id", query.siteId())).first();
            boolean newerVersionPublished = versions.hasVersionNewerThan(site.getString("product"),
                    site.getString("version"));
            EventsAsOf.PositionedEvent last = ofSite.get(ofSite.size() - 1);
            return new SiteAsOf(SiteViews.detail(site, query.viewer().role(), newerVersionPublished, query.at()),
                    last.position(),
                    last.message().getSequenceNumber());
        }
    }

    private static void replay(Object projection, List<EventsAsOf.PositionedEvent> events) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        for (EventsAsOf.PositionedEvent event : events) {
            try {
                handlers.handle(event.message());
            } catch (Exception e) {
                throw new IllegalStateException("event " + event.message().getIdentifier() + " at position "
                        + event.position() + " could not be replayed", e);
            }
        }
        ReadModelWrites.flushGathered();
    }
}
