package siteops.query.site;

import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;
import siteops.api.query.SiteChanged;
import siteops.api.query.WatchSite;
import siteops.api.query.WatchSites;

/**
 * The subscription queries' updates ({@link WatchSite}, {@link WatchSites}): each time the site list
 * takes a site again at a newer revision, which happens once the batch that wrote it has been
 * stored, whether this process's processor wrote it or another process's ({@link SiteListFeed}).
 * A subscriber to the list is told only of the sites it may see that match its filter.
 */
@Component
public class SiteChangeEmitter {

    private final QueryUpdateEmitter emitter;

    public SiteChangeEmitter(QueryUpdateEmitter emitter, SiteListView list) {
        this.emitter = emitter;
        list.whenChanged(this::emit);
    }

    private void emit(SiteListEntry entry) {
        SiteChanged change = new SiteChanged(entry.siteId(), entry.revision(), entry.summary());
        emitter.emit(WatchSite.class, watch -> watch.siteId().equals(entry.siteId()), change);
        emitter.emit(WatchSites.class, watch -> watch.viewer().canSee(entry.summary().partnerId(),
                entry.summary().clientId()) && SiteListFilter.of(watch.filter()).test(entry), change);
    }
}
