package siteops.app.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import siteops.api.access.Actor;
import siteops.api.access.Role;
import siteops.api.query.FindOrganisation;
import siteops.api.query.OrganisationView;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;
import siteops.query.web.QueryAnswers;

/**
 * {@code GET /api/me}: who the caller is, so that a UI can decide what to show: the user, the role,
 * the organisation it acts for (none for an operator or an auditor) and, for a client, its partner.
 */
@RestController
@ConditionalOnProcessRole(ProcessRole.QUERY)
class MeController {

    private final QueryAnswers queries;

    MeController(QueryAnswers queries) {
        this.queries = queries;
    }

    record Me(String user, Role role, OrganisationView organisation, String partnerId, boolean seesEverySite) {
    }

    @GetMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
    Me me(Actor actor) {
        OrganisationView organisation = actor.organisationId() == null ? null
                : queries.ask(new FindOrganisation(actor, actor.organisationId()),
                ResponseTypes.instanceOf(OrganisationView.class));
        String partnerId = organisation == null ? null
                : actor.role() == Role.CLIENT ? organisation.partnerId() : organisation.organisationId();
        return new Me(actor.userId(), actor.role(), organisation, partnerId, actor.role().seesEverything());
    }
}
