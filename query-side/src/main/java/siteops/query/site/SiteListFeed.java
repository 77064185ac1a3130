package siteops.query.site;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import siteops.query.store.ProcessingGroups;
import siteops.query.store.ReadModelPositions;
import siteops.query.store.TokenOwner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Which sites changed, for a site list whose {@code sites} collection other processes write too
 * (their segments of the {@code sites} processor): the events of sites read from the event store,
 * each site handed on once every segment's token in the store has passed its last event, that is
 * once its document reflects it (a batch's documents are written before its token). It starts from
 * the lowest of those tokens, read before the list's load, so that no change the load could have
 * missed goes unread.
 */
@Component
class SiteListFeed implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SiteListFeed.class);
    private static final String SITE_AGGREGATE = "Site";
    private static final long SETTLE_INTERVAL_MS = 100;

    private final EventStore eventStore;
    private final ReadModelPositions positions;
    private final boolean needed;
    private Consumer<List<String>> changed;
    /** Each site seen in the stream whose document may not reflect it yet, with its last event's position. */
    private final Map<String, Long> pending = new HashMap<>();
    private volatile boolean running;
    private volatile boolean fromTheStart;
    private TrackingToken position;
    private long settledAt;

    /** A process that owns its read models alone ({@link TokenOwner}) writes every change of them itself. */
    SiteListFeed(EventStore eventStore, ReadModelPositions positions, ObjectProvider<TokenOwner> soleOwner) {
        this.eventStore = eventStore;
        this.positions = positions;
        this.needed = soleOwner.getIfAvailable() == null;
    }

    /** Called before the list's load begins; {@code changed} reads the sites named again. */
    void start(Consumer<List<String>> changed) {
        if (!needed) {
            return;
        }
        this.changed = changed;
        position = positions.of(ProcessingGroups.SITES).lowerBound();
        running = true;
        Thread reader = new Thread(this::follow, "site-list-feed");
        reader.setDaemon(true);
        reader.start();
    }

    /** The {@code sites} processor replays from the start: so does the feed, from where its tokens now stand. */
    void followFromTheStart() {
        fromTheStart = true;
    }

    @Override
    public void destroy() {
        running = false;
    }

    private void follow() {
        while (running) {
            if (fromTheStart) {
                fromTheStart = false;
                pending.clear();
                position = positions.of(ProcessingGroups.SITES).lowerBound();
            }
            try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(position)) {
                while (running && !fromTheStart) {
                    if (stream.hasNextAvailable(50, TimeUnit.MILLISECONDS)) {
                        take(stream.nextAvailable());
                    }
                    if (!pending.isEmpty() && System.currentTimeMillis() - settledAt >= SETTLE_INTERVAL_MS) {
                        settle();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("The site list could not follow the sites other processes change; trying again in a second", e);
                pause();
            }
        }
    }

    private void take(TrackedEventMessage<?> event) {
        position = event.trackingToken();
        if (event instanceof DomainEventMessage<?> domain && SITE_AGGREGATE.equals(domain.getType())) {
            pending.merge(domain.getAggregateIdentifier(), event.trackingToken().position().orElse(0), Math::max);
        }
    }

    private void settle() {
        settledAt = System.currentTimeMillis();
        ReadModelPositions.Segments sites = positions.of(ProcessingGroups.SITES);
        List<String> reflected = pending.entrySet().stream()
                .filter(site -> sites.havePassed(site.getValue()))
                .map(Map.Entry::getKey)
                .toList();
        if (!reflected.isEmpty()) {
            changed.accept(reflected);
            reflected.forEach(pending::remove);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
