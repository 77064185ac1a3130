package siteops.query.organisation;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import siteops.api.query.FindOrganisation;
import siteops.api.query.FindOrganisations;
import siteops.api.query.OrganisationPage;
import siteops.api.query.OrganisationView;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;

@Component
public class OrganisationQueryHandler {

    private final OrganisationCollection organisations;

    public OrganisationQueryHandler(OrganisationCollection organisations) {
        this.organisations = organisations;
    }

    @QueryHandler
    public OrganisationPage handle(FindOrganisations query) {
        return OrganisationPage.of(organisations.page(query.viewer(), query.kind(), query.page()), query.page(),
                organisations.count(query.viewer(), query.kind()));
    }

    /** One the viewer may not see is answered as one that does not exist. */
    @QueryHandler
    public OrganisationView handle(FindOrganisation query) {
        return organisations.visible(query.viewer(), query.organisationId())
                .orElseThrow(() -> new RefusedException(RefusalCode.ORGANISATION_NOT_FOUND,
                        "no organisation " + query.organisationId()));
    }
}
