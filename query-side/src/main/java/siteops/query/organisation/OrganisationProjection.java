package siteops.query.organisation;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;
import org.springframework.stereotype.Component;
import siteops.api.access.ClientAssigned;
import siteops.api.organisation.Membership;
import siteops.api.organisation.OrganisationCreated;
import siteops.query.store.ProcessingGroups;
import siteops.query.store.ReadModelWrites;

import java.time.Instant;
import java.util.Date;

/**
 * Keeps {@code organisations}. An organisation is defined whole by its first event and never
 * changes, so writing it again is harmless. An organisation known to the first siteops (its
 * {@link ClientAssigned}) has no name of its own: its id stands for it.
 */
@Component
@ProcessingGroup(ProcessingGroups.SITES)
public class OrganisationProjection {

    private final OrganisationCollection organisations;

    public OrganisationProjection(OrganisationCollection organisations) {
        this.organisations = organisations;
    }

    @EventHandler
    void on(OrganisationCreated event, @Timestamp Instant createdAt) {
        write(Membership.of(event).orElseThrow(), event.name(), createdAt);
    }

    @EventHandler
    void on(ClientAssigned event, @Timestamp Instant createdAt) {
        write(Membership.of(event).orElseThrow(), event.clientId(), createdAt);
    }

    private void write(Membership membership, String name, Instant createdAt) {
        ReadModelWrites.insertIfAbsent(organisations.documents(), membership.organisationId(),
                new Document("name", name)
                        .append("kind", membership.kind().name())
                        .append("partnerId", membership.partnerId())
                        .append("createdAt", Date.from(createdAt)));
    }

    @ResetHandler
    void reset() {
        organisations.empty();
    }
}
