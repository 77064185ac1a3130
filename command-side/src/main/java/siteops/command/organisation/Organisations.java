package siteops.command.organisation;

import siteops.api.organisation.Membership;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

import java.util.Optional;

/** The organisations that exist, as the command side knows them. */
public interface Organisations {

    Optional<Membership> find(String organisationId);

    /**
     * A site is registered for a client of its partner, or for the partner itself (its own sites).
     * Anything else is refused alike, whether the client does not exist or is another partner's:
     * the answer does not tell whose it is.
     */
    default void requireClientOf(String clientId, String partnerId) {
        Optional<Membership> client = find(clientId);
        boolean found = clientId.equals(partnerId)
                ? client.filter(Membership::isPartner).isPresent()
                : client.filter(membership -> membership.isClientOf(partnerId)).isPresent();
        if (!found) {
            throw new RefusedException(RefusalCode.CLIENT_NOT_FOUND,
                    "partner " + partnerId + " has no client " + clientId);
        }
    }
}
