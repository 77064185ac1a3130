package siteops.query.organisation;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.access.Actor;
import siteops.api.access.ClientAssigned;
import siteops.api.access.Role;
import siteops.api.organisation.OrganisationCreated;
import siteops.api.organisation.OrganisationIds;
import siteops.api.organisation.OrganisationKind;
import siteops.api.query.FindOrganisation;
import siteops.api.query.FindOrganisations;
import siteops.api.query.OrganisationPage;
import siteops.api.query.OrganisationView;
import siteops.api.query.PageRequest;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.query.testing.InMemoryMongo;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationProjectionTest {

    private static final Instant CREATED = Instant.parse("2026-11-30T09:00:00Z");
    private static final Actor OPERATOR = Actor.operator("operator");
    private static final Actor ACME = new Actor("acme", Role.PARTNER, "acme");
    private static final Actor CLIENT = new Actor("client", Role.CLIENT, "client");

    private final InMemoryMongo mongo = new InMemoryMongo();

    private MongoDatabase database;
    private AnnotationEventHandlerAdapter projection;
    private OrganisationQueryHandler queries;

    @BeforeEach
    void freshDatabase() {
        database = mongo.freshDatabase();
        OrganisationCollection organisations = new OrganisationCollection(database);
        projection = new AnnotationEventHandlerAdapter(new OrganisationProjection(organisations));
        queries = new OrganisationQueryHandler(organisations);
    }

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    private void handle(String organisationId, Object event) throws Exception {
        projection.handle(new GenericDomainEventMessage<>("Organisation", OrganisationIds.streamOf(organisationId), 0,
                new GenericEventMessage<>(event, MetaData.emptyInstance()), () -> CREATED));
    }

    private void createDemoOrganisations() throws Exception {
        handle("acme", new OrganisationCreated("acme", "Acme", OrganisationKind.PARTNER, null));
        handle("globex", new OrganisationCreated("globex", "Globex", OrganisationKind.PARTNER, null));
        handle("client", new OrganisationCreated("client", "Client SA", OrganisationKind.CLIENT, "acme"));
        handle("bistro", new OrganisationCreated("bistro", "Bistro", OrganisationKind.CLIENT, "acme"));
        handle("initech", new OrganisationCreated("initech", "Initech", OrganisationKind.CLIENT, "globex"));
    }

    private List<String> idsSeenBy(Actor viewer, OrganisationKind kind) {
        return queries.handle(new FindOrganisations(viewer, kind, new PageRequest(1, 100))).items().stream()
                .map(OrganisationView::organisationId).toList();
    }

    @Test
    void anOrganisationIsShownAsCreated() throws Exception {
        handle("client", new OrganisationCreated("client", "Client SA", OrganisationKind.CLIENT, "acme"));

        assertThat(queries.handle(new FindOrganisation(OPERATOR, "client")))
                .isEqualTo(new OrganisationView("client", "Client SA", OrganisationKind.CLIENT, "acme", CREATED));
    }

    @Test
    void handlingAnEventAgainChangesNothing() throws Exception {
        createDemoOrganisations();
        List<Document> once = InMemoryMongo.contents(database, OrganisationCollection.NAME);
        createDemoOrganisations();

        assertThat(InMemoryMongo.contents(database, OrganisationCollection.NAME)).isEqualTo(once).hasSize(5);
    }

    @Test
    void eachSeesItsOwnOrganisationsSortedById() throws Exception {
        createDemoOrganisations();

        assertThat(idsSeenBy(OPERATOR, null)).containsExactly("acme", "bistro", "client", "globex", "initech");
        assertThat(idsSeenBy(OPERATOR, OrganisationKind.PARTNER)).containsExactly("acme", "globex");
        assertThat(idsSeenBy(ACME, null)).containsExactly("acme", "bistro", "client");
        assertThat(idsSeenBy(ACME, OrganisationKind.CLIENT)).containsExactly("bistro", "client");
        assertThat(idsSeenBy(CLIENT, null)).containsExactly("client");
    }

    @Test
    void pagesCountOnlyWhatTheViewerSees() throws Exception {
        createDemoOrganisations();

        OrganisationPage page = queries.handle(new FindOrganisations(ACME, null, new PageRequest(2, 2)));

        assertThat(page.items()).extracting(OrganisationView::organisationId).containsExactly("client");
        assertThat(page.totalItems()).isEqualTo(3);
        assertThat(page.totalPages()).isEqualTo(2);
    }

    @Test
    void anOrganisationTheViewerMayNotSeeIsNotFound() throws Exception {
        createDemoOrganisations();

        for (String hidden : List.of("globex", "initech", "nobody")) {
            assertThatThrownBy(() -> queries.handle(new FindOrganisation(ACME, hidden)))
                    .isInstanceOfSatisfying(RefusedException.class,
                            e -> assertThat(e.code()).isEqualTo(RefusalCode.ORGANISATION_NOT_FOUND));
        }
        assertThatThrownBy(() -> queries.handle(new FindOrganisation(CLIENT, "acme")))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void anOrganisationOfTheFirstSiteopsIsShownUnderItsId() throws Exception {
        handle("acme", new ClientAssigned("acme", "acme"));
        handle("client", new ClientAssigned("client", "acme"));

        assertThat(queries.handle(new FindOrganisation(ACME, "acme")))
                .isEqualTo(new OrganisationView("acme", "acme", OrganisationKind.PARTNER, null, CREATED));
        assertThat(queries.handle(new FindOrganisation(ACME, "client")))
                .isEqualTo(new OrganisationView("client", "client", OrganisationKind.CLIENT, "acme", CREATED));
    }
}
