package siteops.command.client;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import siteops.api.access.ClientAssigned;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A client organisation and the one partner it belongs to. The first site registered for a
 * client assigns it to that site's partner; a site of another partner for the same client is
 * refused, so a client never sees two partners' sites and a partner never hands a site to
 * another partner's client.
 */
@Aggregate(cache = "clientAccountCache")
public class ClientAccount {

    @AggregateIdentifier
    private String clientAccountId;
    private String partnerId;

    protected ClientAccount() {
        // for Axon: the aggregate is rebuilt from its events
    }

    static String idOf(String clientId) {
        return "client:" + clientId;
    }

    void assignTo(String clientId, String partner) {
        if (partnerId == null) {
            apply(new ClientAssigned(clientId, partner));
        } else if (!partnerId.equals(partner)) {
            throw new RefusedException(RefusalCode.FORBIDDEN,
                    "client " + clientId + " belongs to another partner than " + partner);
        }
    }

    @EventSourcingHandler
    void on(ClientAssigned event) {
        clientAccountId = idOf(event.clientId());
        partnerId = event.partnerId();
    }
}
