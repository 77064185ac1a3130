package siteops.app.console;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import siteops.api.access.Actor;
import siteops.api.query.BackupPage;
import siteops.api.query.FindSiteBackups;
import siteops.api.query.FindSiteHistory;
import siteops.api.query.FindSiteOperations;
import siteops.api.query.HistoryEntryPage;
import siteops.api.query.OperationPage;
import siteops.api.query.PageRequest;
import siteops.api.query.SiteDetailResult;
import siteops.app.roles.ConditionalOnProcessRole;
import siteops.app.roles.ProcessRole;
import siteops.query.live.SiteStreamController;
import siteops.query.site.SiteDetails;
import siteops.query.web.QueryAnswers;

import java.util.Locale;

/**
 * A site's page as the portal shows it (its fields on the left, the operations panel on the
 * right), its parts that the page asks for again each time the site's stream says it changed,
 * and its operations, backups and history, a page at a time.
 */
@Controller
@ConditionalOnProcessRole({ProcessRole.COMMAND, ProcessRole.QUERY})
class SitePages {

    static final int TABLE_SIZE = 5;

    private final SiteDetails details;
    private final QueryAnswers queries;
    private final SiteStreamController streams;

    SitePages(SiteDetails details, QueryAnswers queries, SiteStreamController streams) {
        this.details = details;
        this.queries = queries;
        this.streams = streams;
    }

    @GetMapping("/sites/{siteId}")
    String site(@PathVariable String siteId, Actor actor, Locale language, Model model) {
        live(details.of(siteId, actor), actor, model);
        operations(siteId, 1, actor, model);
        backups(siteId, 1, actor, model);
        history(siteId, 1, actor, language, model);
        return "console/site";
    }

    @GetMapping("/sites/{siteId}/live")
    String live(@PathVariable String siteId, Actor actor, Model model) {
        live(details.of(siteId, actor), actor, model);
        return "console/site :: live";
    }

    /** The same stream as {@code /api/sites/{id}/stream}, with the session's user: the page listens to it. */
    @GetMapping("/sites/{siteId}/stream")
    SseEmitter stream(@PathVariable String siteId,
                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId, Actor actor) {
        return streams.site(siteId, lastEventId, actor);
    }

    @GetMapping("/sites/{siteId}/operations")
    String operations(@PathVariable String siteId, @RequestParam(defaultValue = "1") int page, Actor actor,
                      Model model) {
        model.addAttribute("siteId", siteId);
        OperationPage operations = queries.ask(new FindSiteOperations(actor, siteId, new PageRequest(page, TABLE_SIZE)),
                ResponseTypes.instanceOf(OperationPage.class));
        model.addAttribute("operations", operations);
        model.addAttribute("operationsPaging", new Paging(page, TABLE_SIZE, operations.totalItems(),
                operations.totalPages()));
        return "console/site :: operations";
    }

    @GetMapping("/sites/{siteId}/backups")
    String backups(@PathVariable String siteId, @RequestParam(defaultValue = "1") int page, Actor actor,
                   Model model) {
        model.addAttribute("siteId", siteId);
        BackupPage backups = queries.ask(new FindSiteBackups(actor, siteId, new PageRequest(page, TABLE_SIZE)),
                ResponseTypes.instanceOf(BackupPage.class));
        model.addAttribute("backups", backups);
        model.addAttribute("backupsPaging", new Paging(page, TABLE_SIZE, backups.totalItems(), backups.totalPages()));
        return "console/site :: backups";
    }

    @GetMapping("/sites/{siteId}/history")
    String history(@PathVariable String siteId, @RequestParam(defaultValue = "1") int page, Actor actor,
                   Locale language, Model model) {
        model.addAttribute("siteId", siteId);
        HistoryEntryPage history = queries.ask(new FindSiteHistory(actor, siteId, new PageRequest(page, TABLE_SIZE),
                        language),
                ResponseTypes.instanceOf(HistoryEntryPage.class));
        model.addAttribute("history", history);
        model.addAttribute("historyPaging", new Paging(page, TABLE_SIZE, history.totalItems(), history.totalPages()));
        return "console/site :: history";
    }

    static void live(SiteDetailResult result, Actor actor, Model model) {
        model.addAttribute("siteId", result.site().siteId());
        model.addAttribute("site", result.site());
        model.addAttribute("revision", result.revision());
        model.addAttribute("panel", OperationsPanel.of(actor.role(), result.site().allowedOperations()));
    }
}
