package siteops.query.organisation;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import siteops.api.access.Actor;
import siteops.api.organisation.OrganisationKind;
import siteops.api.query.FindOrganisation;
import siteops.api.query.FindOrganisations;
import siteops.api.query.OrganisationPage;
import siteops.api.query.OrganisationView;
import siteops.api.query.PageRequest;
import siteops.query.web.QueryAnswers;

@RestController
public class OrganisationQueryController {

    private final QueryAnswers queries;

    public OrganisationQueryController(QueryAnswers queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
    public OrganisationPage organisations(@RequestParam(required = false) OrganisationKind kind,
                                          @RequestParam(defaultValue = "1") int page,
                                          @RequestParam(defaultValue = PageRequest.DEFAULT_SIZE_PARAMETER) int size,
                                          Actor actor) {
        return queries.ask(new FindOrganisations(actor, kind, new PageRequest(page, size)),
                ResponseTypes.instanceOf(OrganisationPage.class));
    }

    @GetMapping(path = "/api/organisations/{organisationId}", produces = MediaType.APPLICATION_JSON_VALUE)
    public OrganisationView organisation(@PathVariable String organisationId, Actor actor) {
        return queries.ask(new FindOrganisation(actor, organisationId), ResponseTypes.instanceOf(OrganisationView.class));
    }
}
