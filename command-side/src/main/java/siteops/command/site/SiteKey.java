package siteops.command.site;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.api.site.SiteKeyClaimed;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A value that must identify one site only, such as its name or its serial number. Being an
 * aggregate of its own makes two sites with the same value impossible, even registered at once.
 */
@Aggregate(cache = "siteKeyCache")
public class SiteKey {

    @AggregateIdentifier
    private String key;
    private String siteId;

    protected SiteKey() {
        // for Axon: the aggregate is rebuilt from its events
    }

    void claimFor(String claimedKey, String claimingSiteId, String description) {
        if (siteId == null) {
            apply(new SiteKeyClaimed(claimedKey, claimingSiteId));
        } else if (!siteId.equals(claimingSiteId)) {
            throw new RefusedException(RefusalCode.SITE_ALREADY_REGISTERED, description + " is already registered");
        }
    }

    @EventSourcingHandler
    void on(SiteKeyClaimed event) {
        key = event.key();
        siteId = event.siteId();
    }
}
