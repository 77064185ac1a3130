package siteops.app.console;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import siteops.api.access.Actor;
import siteops.api.query.FindSites;
import siteops.api.query.PageRequest;
import siteops.api.query.SiteSummaryPage;
import siteops.api.site.Edition;
import siteops.api.site.SiteStatus;
import siteops.api.site.SiteType;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;
import siteops.query.live.SiteStreamController;
import siteops.query.site.SiteFilters;
import siteops.query.web.QueryAnswers;

/**
 * The landing page: "la liste de vos sites et des sites de vos clients", filtered, searched and
 * paged as {@code GET /api/sites} does, and asked for again when the list's stream says a site changed.
 */
@Controller
@ConditionalOnProcessRole({ProcessRole.COMMAND, ProcessRole.QUERY})
class SiteListPage {

    static final int PAGE_SIZE = 10;

    private final QueryAnswers queries;
    private final SiteStreamController streams;

    SiteListPage(QueryAnswers queries, SiteStreamController streams) {
        this.queries = queries;
        this.streams = streams;
    }

    @GetMapping("/")
    String sites(@RequestParam(required = false) SiteStatus status, @RequestParam(required = false) Edition edition,
                 @RequestParam(required = false) SiteType type, @RequestParam(required = false) String q,
                 @RequestParam(defaultValue = "1") int page, @RequestHeader(name = "HX-Request", required = false)
                 String htmx, Actor actor, Model model) {
        SiteSummaryPage sites = queries.ask(new FindSites(actor, SiteFilters.of(status, edition, type, q),
                new PageRequest(page, PAGE_SIZE), null), ResponseTypes.instanceOf(SiteSummaryPage.class));
        model.addAttribute("sites", sites);
        model.addAttribute("paging", new Paging(page, PAGE_SIZE, sites.totalItems(), sites.totalPages()));
        model.addAttribute("filter", new ListFilter(status, edition, type, q == null ? "" : q));
        model.addAttribute("statuses", SiteStatus.values());
        model.addAttribute("editions", Edition.values());
        model.addAttribute("types", SiteType.values());
        return htmx == null ? "console/sites" : "console/sites :: list";
    }

    /** The same stream as {@code /api/sites/stream}, with the session's user and the list's filters. */
    @GetMapping("/sites/stream")
    SseEmitter stream(@RequestParam(required = false) SiteStatus status,
                      @RequestParam(required = false) Edition edition,
                      @RequestParam(required = false) SiteType type, @RequestParam(required = false) String q,
                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId, Actor actor) {
        return streams.sites(status, edition, type, q, lastEventId, actor);
    }

    /** The filters as the form shows them back, and as the links of the pages carry them. */
    public record ListFilter(SiteStatus status, Edition edition, SiteType type, String q) {
    }
}
