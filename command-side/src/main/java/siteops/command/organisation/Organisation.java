package siteops.command.organisation;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import siteops.api.access.Actor;
import siteops.api.access.ClientAssigned;
import siteops.api.access.Role;
import siteops.api.organisation.CreateOrganisation;
import siteops.api.organisation.Membership;
import siteops.api.organisation.OrganisationCreated;
import siteops.api.organisation.OrganisationIds;
import siteops.api.organisation.OrganisationKind;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.command.access.Refusals;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A partner or a client of a partner. Organisations are data: the operator creates partners, the
 * operator or a partner creates that partner's clients, and sites are registered only for clients
 * that exist (see {@link Organisations#requireClientOf}). Being an aggregate of its own makes an
 * id taken twice impossible, even by two requests at once.
 */
@Aggregate(cache = "organisationCache")
public class Organisation {

    static final int MAX_NAME_LENGTH = 200;

    @AggregateIdentifier
    private String organisationStreamId;

    protected Organisation() {
        // for Axon: the aggregate is rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(CreateOrganisation command, Actor actor, Organisations organisations) {
        requireMayCreate(actor, command);
        requireValid(command);
        if (organisationStreamId != null) {
            throw new RefusedException(RefusalCode.ORGANISATION_ALREADY_EXISTS,
                    "an organisation " + command.organisationId() + " already exists");
        }
        if (command.kind() == OrganisationKind.CLIENT
                && organisations.find(command.partnerId()).filter(Membership::isPartner).isEmpty()) {
            throw new RefusedException(RefusalCode.PARTNER_NOT_FOUND, "no partner " + command.partnerId());
        }
        apply(new OrganisationCreated(command.organisationId(), command.name(), command.kind(), command.partnerId()));
        return AggregateLifecycle.getVersion();
    }

    private static void requireMayCreate(Actor actor, CreateOrganisation command) {
        boolean allowed = actor != null && (actor.role() == Role.OPERATOR
                || actor.role() == Role.PARTNER && command.kind() == OrganisationKind.CLIENT
                && actor.organisationId().equals(command.partnerId()));
        if (!allowed) {
            String what = command.kind() == OrganisationKind.CLIENT
                    ? "create a client of partner " + command.partnerId() : "create a partner";
            throw Refusals.forbidden(actor, what);
        }
    }

    private static void requireValid(CreateOrganisation command) {
        if (!OrganisationIds.isValid(command.organisationId())) {
            throw Refusals.invalid("organisationId: " + OrganisationIds.PATTERN_MESSAGE);
        }
        if (command.name() == null || command.name().isBlank() || command.name().length() > MAX_NAME_LENGTH) {
            throw Refusals.invalid("name: between 1 and " + MAX_NAME_LENGTH + " characters");
        }
        if (command.kind() == OrganisationKind.PARTNER && command.partnerId() != null) {
            throw Refusals.invalid("partnerId: a partner belongs to no other partner");
        }
        if (command.kind() == OrganisationKind.CLIENT && !OrganisationIds.isValid(command.partnerId())) {
            throw Refusals.invalid("partnerId: a client belongs to a partner (" + OrganisationIds.PATTERN_MESSAGE + ")");
        }
    }

    @EventSourcingHandler
    void on(OrganisationCreated event) {
        organisationStreamId = OrganisationIds.streamOf(event.organisationId());
    }

    /** An organisation known to the first siteops, before organisations were created explicitly. */
    @EventSourcingHandler
    void on(ClientAssigned event) {
        organisationStreamId = OrganisationIds.streamOf(event.clientId());
    }
}
