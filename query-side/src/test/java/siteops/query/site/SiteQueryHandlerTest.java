package siteops.query.site;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import siteops.api.access.Actor;
import siteops.api.access.Role;
import siteops.api.catalog.VersionKind;
import siteops.api.catalog.VersionPublished;
import siteops.api.query.AvailableVersion;
import siteops.api.query.FindAvailableUpdates;
import siteops.api.query.FindSite;
import siteops.api.query.FindSites;
import siteops.api.query.FindUpdateProgress;
import siteops.api.query.PageRequest;
import siteops.api.query.SiteDetail;
import siteops.api.query.SiteFilter;
import siteops.api.query.SiteSummary;
import siteops.api.query.SiteSummaryPage;
import siteops.api.refusal.RefusalCode;
import siteops.api.refusal.RefusedException;
import siteops.api.site.Edition;
import siteops.api.site.SiteOperation;
import siteops.api.site.SiteRegistered;
import siteops.api.site.SiteStatus;
import siteops.api.site.SiteType;
import siteops.api.update.UpdatePhase;
import siteops.api.update.UpdateRequested;
import siteops.api.update.UpdateStarted;
import siteops.query.catalog.VersionCatalogProjection;
import siteops.query.catalog.VersionCollection;
import siteops.query.testing.InMemoryMongo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteQueryHandlerTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private static final Actor OPERATOR = Actor.operator("operator");
    private static final Actor ACME = new Actor("acme", Role.PARTNER, "acme");
    private static final Actor GLOBEX = new Actor("globex", Role.PARTNER, "globex");
    private static final Actor CLIENT = new Actor("client", Role.CLIENT, "client");
    private static final PageRequest FIRST_PAGE = new PageRequest(1, 10);

    private SiteQueryHandler queries;
    private AnnotationEventHandlerAdapter siteView;
    private AnnotationEventHandlerAdapter updateProgress;
    private AnnotationEventHandlerAdapter catalog;

    @BeforeEach
    void freshDatabase() throws Exception {
        MongoDatabase database = mongo.freshDatabase();
        SiteCollection sites = new SiteCollection(database);
        UpdateCollection updates = new UpdateCollection(database);
        VersionCollection versions = new VersionCollection(database);
        queries = new SiteQueryHandler(new SiteListing(sites, orderedInTheApplication()), updates, versions,
                new VisibleSites(sites));
        siteView = new AnnotationEventHandlerAdapter(new SiteViewProjection(sites));
        updateProgress = new AnnotationEventHandlerAdapter(new UpdateProgressProjection(updates));
        catalog = new AnnotationEventHandlerAdapter(new VersionCatalogProjection(versions));

        register("s1", "zeta", Edition.Premium, "acme", "client", "H1");
        register("s2", "Alpha", Edition.Essentials, "acme", "bistro", "E2");
        register("s3", "beta", Edition.Premium, "globex", "initech", "H3");
        register("s4", "Gamma (test)", Edition.Essentials, "acme", "client", "E4");
        for (String version : List.of("2020.3", "2021.3", "2021.10")) {
            catalog.handle(new GenericDomainEventMessage<>("PublishedVersion", "v" + version, 0,
                    new VersionPublished("Sage 100", version, LocalDate.of(2021, 12, 8), VersionKind.FULL)));
        }
    }

    /** The embedded server's way (see {@link SiteListing}); a real MongoDB orders by itself. */
    protected boolean orderedInTheApplication() {
        return true;
    }

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    private void register(String siteId, String name, Edition edition, String partner, String client, String serial)
            throws Exception {
        handle(new GenericDomainEventMessage<>("Site", siteId, 0, new SiteRegistered(siteId, name, "Sage 100",
                edition, "2020.3", "Normal", SiteType.Staging, "Europe/Paris", true, serial, partner, client,
                List.of("PAIE", "GESCOM"))));
    }

    private void handle(DomainEventMessage<?> event) throws Exception {
        siteView.handle(event);
        updateProgress.handle(event);
    }

    private List<String> names(Actor viewer, SiteFilter filter) {
        return queries.handle(new FindSites(viewer, filter, FIRST_PAGE, null)).items().stream()
                .map(SiteSummary::name).toList();
    }

    @Test
    void eachViewerSeesItsOwnSitesSortedByName() {
        assertThat(names(OPERATOR, SiteFilter.none())).containsExactly("Alpha", "beta", "Gamma (test)", "zeta");
        assertThat(names(ACME, SiteFilter.none())).containsExactly("Alpha", "Gamma (test)", "zeta");
        assertThat(names(CLIENT, SiteFilter.none())).containsExactly("Gamma (test)", "zeta");
        assertThat(names(GLOBEX, SiteFilter.none())).containsExactly("beta");
    }

    @Test
    void filtersCombineAndTextIsPlainAndCaseInsensitive() {
        assertThat(names(ACME, new SiteFilter(null, Edition.Essentials, null, null))).containsExactly("Alpha",
                "Gamma (test)");
        assertThat(names(OPERATOR, new SiteFilter(null, null, null, "ALP"))).containsExactly("Alpha");
        assertThat(names(OPERATOR, new SiteFilter(null, null, null, "h3"))).containsExactly("beta");
        assertThat(names(OPERATOR, new SiteFilter(null, null, null, "(test)"))).containsExactly("Gamma (test)");
        assertThat(names(OPERATOR, new SiteFilter(null, null, null, ".*"))).isEmpty();
        assertThat(names(OPERATOR, new SiteFilter(SiteStatus.Updating, null, null, null))).isEmpty();
        assertThat(names(OPERATOR, new SiteFilter(null, null, SiteType.Production, null))).isEmpty();
    }

    @Test
    void textAlsoMatchesTheFoldedNameAndSerialNumber() throws Exception {
        String name = "Straße Ｎｏｒｄ";
        register("s5", name, Edition.Premium, "acme", "client", "Ｈ３２８１２８");

        assertThat(names(OPERATOR, new SiteFilter(null, null, null, "STRASSE"))).containsExactly(name);
        assertThat(names(OPERATOR, new SiteFilter(null, null, null, "se nord"))).containsExactly(name);
        assertThat(names(OPERATOR, new SiteFilter(null, null, null, "h328"))).containsExactly(name);
        assertThat(names(OPERATOR, new SiteFilter(null, null, null, "ＡＬＰ"))).containsExactly("Alpha");
    }

    @Test
    void pagesCountTheWholeSelection() {
        SiteSummaryPage second = queries.handle(new FindSites(OPERATOR, SiteFilter.none(), new PageRequest(2, 3), null));
        assertThat(second.items()).extracting(SiteSummary::name).containsExactly("zeta");
        assertThat(second.totalItems()).isEqualTo(4);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.next()).isNull();
    }

    @Test
    void pagingByCursorGoesThroughTheWholeListOnceInNameOrder() {
        List<String> seen = new ArrayList<>();
        SiteSummaryPage page = queries.handle(new FindSites(OPERATOR, SiteFilter.none(), new PageRequest(1, 3), null));
        seen.addAll(page.items().stream().map(SiteSummary::name).toList());
        assertThat(page.next()).isNotNull();
        while (page.next() != null) {
            page = queries.handle(new FindSites(OPERATOR, SiteFilter.none(), new PageRequest(1, 1), page.next()));
            assertThat(page.page()).isNull();
            assertThat(page.totalItems()).isEqualTo(4);
            seen.addAll(page.items().stream().map(SiteSummary::name).toList());
        }
        assertThat(seen).containsExactly("Alpha", "beta", "Gamma (test)", "zeta");
    }

    @Test
    void aCursorKeepsItsPlaceWhileSitesAreAdded() throws Exception {
        SiteSummaryPage first = queries.handle(new FindSites(OPERATOR, SiteFilter.none(), new PageRequest(1, 2), null));
        assertThat(first.items()).extracting(SiteSummary::name).containsExactly("Alpha", "beta");
        register("s6", "Aardvark", Edition.Premium, "acme", "client", "H6");
        register("s7", "delta", Edition.Premium, "acme", "client", "H7");

        SiteSummaryPage second = queries.handle(new FindSites(OPERATOR, SiteFilter.none(), new PageRequest(1, 2),
                first.next()));

        assertThat(second.items()).extracting(SiteSummary::name).containsExactly("delta", "Gamma (test)");
        assertThat(second.totalItems()).isEqualTo(6);
    }

    @Test
    void aCursorThisListDidNotGiveIsRefused() {
        assertThatThrownBy(() -> queries.handle(new FindSites(OPERATOR, SiteFilter.none(), FIRST_PAGE, "not a cursor!")))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo(RefusalCode.INVALID_REQUEST));
    }

    @Test
    void aSiteOutsideTheViewersScopeIsNotFound() {
        assertThatThrownBy(() -> queries.handle(new FindSite(GLOBEX, "s1")))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo(RefusalCode.SITE_NOT_FOUND));
        assertThatThrownBy(() -> queries.handle(new FindSite(CLIENT, "s2")))
                .isInstanceOf(RefusedException.class);
        assertThatThrownBy(() -> queries.handle(new FindAvailableUpdates(CLIENT, "s2", FIRST_PAGE)))
                .isInstanceOf(RefusedException.class);
    }

    @Test
    void aReadySiteOffersTheOperationsItsRulesAllow() {
        SiteDetail essentials = queries.handle(new FindSite(ACME, "s2")).site();
        SiteDetail premium = queries.handle(new FindSite(ACME, "s1")).site();

        assertThat(essentials.allowedOperations()).containsExactly(SiteOperation.UPDATE, SiteOperation.MIGRATE_PRODUCT,
                SiteOperation.MODIFY, SiteOperation.LOCK, SiteOperation.SUSPEND, SiteOperation.REPAIR,
                SiteOperation.BACK_UP, SiteOperation.RESTORE_BACKUP, SiteOperation.MANAGE_BACKUPS);
        assertThat(premium.allowedOperations()).containsExactly(SiteOperation.UPDATE, SiteOperation.MODIFY,
                SiteOperation.LOCK, SiteOperation.SUSPEND, SiteOperation.REPAIR, SiteOperation.BACK_UP,
                SiteOperation.RESTORE_BACKUP, SiteOperation.MANAGE_BACKUPS);
        assertThat(queries.handle(new FindSite(CLIENT, "s1")).site().allowedOperations())
                .as("a client updates, migrates and backs up, and does not lock or suspend")
                .containsExactly(SiteOperation.UPDATE, SiteOperation.BACK_UP);
        assertThat(premium.connectionsAllowed()).isTrue();
        assertThat(premium.currentUpdate()).isNull();
        assertThat(premium.productLabel()).isEqualTo("Sage 100 Premium");
        assertThat(premium.companies()).extracting("name").containsExactly("PAIE", "GESCOM");
    }

    @Test
    void anUpdatingSiteShowsItsUpdateAndRefusesConnections() throws Exception {
        List<String> companies = List.of("PAIE", "GESCOM");
        handle(new GenericDomainEventMessage<>("Site", "s1", 1,
                new UpdateRequested("s1", "u1", "2020.3", "2021.10", companies)));
        handle(new GenericDomainEventMessage<>("Site", "s1", 2,
                new UpdateStarted("s1", "u1", "2020.3", "2021.10", companies, null)));

        var result = queries.handle(new FindSite(CLIENT, "s1"));

        assertThat(result.revision()).isEqualTo(2);
        assertThat(result.site().status()).isEqualTo(SiteStatus.Updating);
        assertThat(result.site().connectionsAllowed()).isFalse();
        assertThat(result.site().allowedOperations()).isEmpty();
        assertThat(result.site().currentUpdate().phase()).isEqualTo(UpdatePhase.CONVERTING);
        assertThat(result.site().currentUpdate().companiesTotal()).isEqualTo(2);
        assertThat(queries.handle(new FindUpdateProgress(CLIENT, "s1", "u1")).targetVersion()).isEqualTo("2021.10");
        assertThatThrownBy(() -> queries.handle(new FindUpdateProgress(CLIENT, "s1", "u2")))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo(RefusalCode.UPDATE_NOT_FOUND));
        assertThatThrownBy(() -> queries.handle(new FindUpdateProgress(GLOBEX, "s1", "u1")))
                .isInstanceOfSatisfying(RefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo(RefusalCode.SITE_NOT_FOUND));
    }

    @Test
    void theUpdateDialogListsNewerVersionsNewestFirst() {
        var dialog = queries.handle(new FindAvailableUpdates(CLIENT, "s1", FIRST_PAGE));
        assertThat(dialog.items()).extracting(AvailableVersion::version).containsExactly("2021.10", "2021.3");
        assertThat(dialog.totalItems()).isEqualTo(2);
    }
}
