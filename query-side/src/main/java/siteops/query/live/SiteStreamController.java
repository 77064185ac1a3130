package siteops.query.live;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import siteops.api.access.Actor;
import siteops.api.query.FindSite;
import siteops.api.query.SiteChanged;
import siteops.api.query.SiteDetailResult;
import siteops.api.query.SiteFilter;
import siteops.api.query.SiteSummary;
import siteops.api.query.WatchSite;
import siteops.api.query.WatchSites;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.api.site.Edition;
import siteops.api.site.SiteStatus;
import siteops.api.site.SiteType;
import siteops.query.site.SiteFilters;
import siteops.query.site.SiteListView;
import siteops.query.web.QueryAnswers;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * Live progress for frontends, as server-sent events: a site, or the caller's site list, fed by
 * subscription queries ({@link WatchSite}, {@link WatchSites}) whose updates the read side emits as
 * it writes. Every event is read with the caller's rights: a site it may no longer see ends its
 * stream. A reconnect resumes after its {@code Last-Event-ID}.
 */
@RestController
public class SiteStreamController {

    static final String EVENT = "site";
    /** What a list's reconnect may be sent at most; past it, the client reads the list again. */
    private static final int MOST_MISSED_SITES = 1_000;

    private final QueryGateway queryGateway;
    private final QueryAnswers queries;
    private final LiveStreams streams;
    private final SiteListView list;

    public SiteStreamController(QueryGateway queryGateway, QueryAnswers queries, LiveStreams streams,
                                SiteListView list) {
        this.queryGateway = queryGateway;
        this.queries = queries;
        this.streams = streams;
        this.list = list;
    }

    /**
     * The site now (unless {@code Last-Event-ID} is its revision already), then the site each time
     * the read side has a newer revision of it; {@code id:} is the revision.
     */
    @GetMapping(path = "/api/sites/{siteId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter site(@PathVariable String siteId,
                           @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId, Actor actor) {
        long lastSeen = number(lastEventId, "a revision of the site");
        SubscriptionQueryResult<SiteDetailResult, SiteChanged> subscription = queryGateway.subscriptionQuery(
                new WatchSite(actor, siteId), ResponseTypes.instanceOf(SiteDetailResult.class),
                ResponseTypes.instanceOf(SiteChanged.class));
        SiteDetailResult now = initialOf(subscription);
        LiveStream stream = openFor(actor, subscription);
        SiteEvents events = new SiteEvents(actor, siteId, lastSeen);
        stream.subscribed(subscription::close, events);
        subscription.updates().subscribe(change -> streams.deliver(stream, change), failure -> streams.close(stream),
                () -> streams.close(stream));
        streams.deliver(stream, now);
        return stream.emitter();
    }

    /**
     * Each site the caller may see that matches the filters, each time the read side has a newer
     * revision of it; {@code id:} is the instant of its last change, in milliseconds: a reconnect
     * is sent first the sites changed since (at most {@value #MOST_MISSED_SITES}).
     */
    @GetMapping(path = "/api/sites/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter sites(@RequestParam(required = false) SiteStatus status,
                            @RequestParam(required = false) Edition edition,
                            @RequestParam(required = false) SiteType type,
                            @RequestParam(required = false) String q,
                            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
                            Actor actor) {
        SiteFilter filter = SiteFilters.of(status, edition, type, q);
        long lastSeen = number(lastEventId, "an instant in milliseconds");
        SubscriptionQueryResult<Long, SiteChanged> subscription = queryGateway.subscriptionQuery(
                new WatchSites(actor, filter), ResponseTypes.instanceOf(Long.class),
                ResponseTypes.instanceOf(SiteChanged.class));
        initialOf(subscription);
        LiveStream stream = openFor(actor, subscription);
        stream.subscribed(subscription::close, pending -> Optional.of(listEvent(pending instanceof SiteChanged change
                ? change.summary() : (SiteSummary) pending)));
        subscription.updates().subscribe(change -> streams.deliver(stream, change), failure -> streams.close(stream),
                () -> streams.close(stream));
        if (lastSeen >= 0) {
            list.changedSince(actor, filter, Instant.ofEpochMilli(lastSeen), MOST_MISSED_SITES)
                    .forEach(missed -> streams.deliver(stream, missed));
        }
        return stream.emitter();
    }

    private LiveStream openFor(Actor actor, SubscriptionQueryResult<?, ?> subscription) {
        try {
            return streams.open(actor);
        } catch (RuntimeException refused) {
            subscription.close();
            throw refused;
        }
    }

    private static SseEmitter.SseEventBuilder listEvent(SiteSummary site) {
        return SseEmitter.event().name(EVENT).id(Long.toString(site.lastChangedAt().toEpochMilli()))
                .data(site, MediaType.APPLICATION_JSON);
    }

    /** The subscription's initial answer, or the refusal a query would have had (404 for a site the caller may not see). */
    private static <I> I initialOf(SubscriptionQueryResult<I, ?> subscription) {
        try {
            return subscription.initialResult().toFuture().join();
        } catch (CompletionException e) {
            subscription.close();
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        } catch (RuntimeException e) {
            subscription.close();
            throw e;
        }
    }

    /** -1 when absent. */
    private static long number(String lastEventId, String what) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return -1;
        }
        try {
            long value = Long.parseLong(lastEventId.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, as a negative number is
        }
        throw new RefusedException(RefusalCode.INVALID_REQUEST, "Last-Event-ID header: " + what
                + ", as the stream's events carry");
    }

    /** A site's events: read again with the caller's rights at each change, sent only when newer than the last sent. */
    private final class SiteEvents implements LiveStream.Renderer {

        private final Actor actor;
        private final String siteId;
        private long lastSent;

        SiteEvents(Actor actor, String siteId, long lastSeen) {
            this.actor = actor;
            this.siteId = siteId;
            this.lastSent = lastSeen;
        }

        @Override
        public Optional<SseEmitter.SseEventBuilder> render(Object pending) throws LiveStream.AccessEnded {
            if (pending instanceof SiteChanged change && change.revision() <= lastSent) {
                return Optional.empty();
            }
            SiteDetailResult site = pending instanceof SiteDetailResult now ? now : readAgain();
            if (site.revision() <= lastSent) {
                return Optional.empty();
            }
            lastSent = site.revision();
            return Optional.of(SseEmitter.event().name(EVENT).id(Long.toString(site.revision()))
                    .data(site.site(), MediaType.APPLICATION_JSON));
        }

        private SiteDetailResult readAgain() throws LiveStream.AccessEnded {
            try {
                return queries.ask(new FindSite(actor, siteId), ResponseTypes.instanceOf(SiteDetailResult.class));
            } catch (RefusedException refused) {
                throw new LiveStream.AccessEnded(refused.getMessage());
            }
        }
    }
}
