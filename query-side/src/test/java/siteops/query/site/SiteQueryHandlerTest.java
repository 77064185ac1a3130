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
import siteops.query.store.CollectionScan;
import siteops.query.testing.InMemoryMongo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SiteQueryHandlerTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private static final Actor OPERATOR = Actor.operator("operator");
    private static final Actor ACME = new Actor("acme", Role.PARTNER, "acme");
    private static final Actor GLOBEX = new Actor("globex", Role.PARTNER, "globex");
    private static final Actor CLIENT = new Actor("client", Role.CLIENT, "client");
    private static final PageRequest FIRST_PAGE = new PageRequest(1, 10);

    private SiteCollection sites;
    private UpdateCollection updates;
    private VersionCollection versions;
    private SiteListView list;
    private SiteQueryHandler queries;
    private AnnotationEventHandlerAdapter siteView;
    private AnnotationEventHandlerAdapter updateProgress;
    private AnnotationEventHandlerAdapter catalog;

    @BeforeEach
    void freshDatabase() throws Exception {
        MongoDatabase database = mongo.freshDatabase();
        sites = new SiteCollection(database);
        updates = new UpdateCollection(database);
        versions = new VersionCollection(database);
        list = new SiteListView(sites, CollectionScan.THROUGH_THE_DRIVER);
        queries = new SiteQueryHandler(list, updates, versions, new VisibleSites(sites));
        siteView = new AnnotationEventHandlerAdapter(new SiteViewProjection(sites, list));
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
    void aListLoadedFromTheStoredSitesAnswersAsTheOneKeptUpToDateDoes() throws Exception {
        handle(new GenericDomainEventMessage<>("Site", "s2", 1,
                new UpdateRequested("s2", "u1", "2020.3", "2021.10", List.of("PAIE", "GESCOM"))));
        SiteListView reloaded = new SiteListView(sites, CollectionScan.THROUGH_THE_DRIVER);
        reloaded.load();
        SiteQueryHandler afterARestart = new SiteQueryHandler(reloaded, updates, versions, new VisibleSites(sites));

        for (Actor viewer : List.of(OPERATOR, ACME, GLOBEX, CLIENT)) {
            for (SiteFilter filter : List.of(SiteFilter.none(), new SiteFilter(SiteStatus.Update, null, null, null),
                    new SiteFilter(null, Edition.Premium, null, "E"))) {
                FindSites query = new FindSites(viewer, filter, new PageRequest(1, 2), null);
                assertThat(afterARestart.handle(query)).isEqualTo(queries.handle(query));
            }
        }
        assertThat(reloaded.isLoaded()).isTrue();
    }

    @Test
    void theListShowsEveryChangeOfASite() throws Exception {
        handle(new GenericDomainEventMessage<>("Site", "s2", 1,
                new UpdateRequested("s2", "u1", "2020.3", "2021.10", List.of("PAIE", "GESCOM"))));

        assertThat(names(OPERATOR, new SiteFilter(SiteStatus.Update, null, null, null))).containsExactly("Alpha");
        assertThat(queries.handle(new FindSites(ACME, SiteFilter.none(), FIRST_PAGE, null)).items().get(0).status())
                .isEqualTo(SiteStatus.Update);
    }

    @Test
    void pagesAndCursorsGoThroughTheSameSelectionInTheSameOrder() throws Exception {
        Random random = new Random(8);
        for (int number = 0; number < 300; number++) {
            String name = (random.nextBoolean() ? "Site " : "site ") + random.nextInt(100);
            register("r" + number, name, number % 2 == 0 ? Edition.Premium : Edition.Essentials,
                    number % 3 == 0 ? "acme" : "globex", "client-" + number % 5, "SN" + number);
        }
        Actor partner = ACME;
        SiteFilter premium = new SiteFilter(null, Edition.Premium, null, "site 1");
        List<String> expected = new ArrayList<>();
        for (SiteSummary site : everySite(partner, premium)) {
            expected.add(site.siteId());
        }
        assertThat(expected).isNotEmpty().doesNotHaveDuplicates();

        List<String> byCursor = new ArrayList<>();
        SiteSummaryPage page = queries.handle(new FindSites(partner, premium, new PageRequest(1, 7), null));
        byCursor.addAll(page.items().stream().map(SiteSummary::siteId).toList());
        while (page.next() != null) {
            page = queries.handle(new FindSites(partner, premium, new PageRequest(1, 7), page.next()));
            assertThat(page.totalItems()).isEqualTo(expected.size());
            byCursor.addAll(page.items().stream().map(SiteSummary::siteId).toList());
        }
        assertThat(byCursor).isEqualTo(expected);

        List<String> byNumber = new ArrayList<>();
        for (int number = 1; number <= (expected.size() + 6) / 7; number++) {
            byNumber.addAll(queries.handle(new FindSites(partner, premium, new PageRequest(number, 7), null)).items()
                    .stream().map(SiteSummary::siteId).toList());
        }
        assertThat(byNumber).isEqualTo(expected);
    }

    /** Every site the viewer sees that passes the filter, in list order, worked out here from every site. */
    private List<SiteSummary> everySite(Actor viewer, SiteFilter filter) {
        List<SiteSummary> all = new ArrayList<>();
        SiteSummaryPage page = queries.handle(new FindSites(OPERATOR, SiteFilter.none(), new PageRequest(1, 100), null));
        all.addAll(page.items());
        while (page.next() != null) {
            page = queries.handle(new FindSites(OPERATOR, SiteFilter.none(), new PageRequest(1, 100), page.next()));
            all.addAll(page.items());
        }
        return all.stream()
                .filter(site -> viewer.canSee(site.partnerId(), site.clientId()))
                .filter(site -> filter.edition() == null || site.edition() == filter.edition())
                .filter(site -> site.name().toLowerCase(Locale.ROOT).contains(filter.text()))
                .sorted(Comparator.comparing((SiteSummary site) -> site.name().toLowerCase(Locale.ROOT))
                        .thenComparing(SiteSummary::siteId))
                .toList();
    }

    @Test
    void aResetEmptiesTheListAndTheReplayFillsItAgain() throws Exception {
        siteView.prepareReset();
        assertThat(names(OPERATOR, SiteFilter.none())).isEmpty();

        register("s2", "Alpha", Edition.Essentials, "acme", "bistro", "E2");
        assertThat(names(ACME, SiteFilter.none())).containsExactly("Alpha");
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
